import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { translateKey } from "@/lib/i18n/translator";
import {
  BAD_FILES,
  CHINESE_PARAGRAPH,
  docx,
  textPdf,
  zipBombDocx,
} from "@/testing/fixtures/source-files";
import { extractPasted, extractSource, MAX_SOURCE_BYTES } from ".";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("extractSource: good files", () => {
  it("keeps a text file as is, without BOM and with \\n line endings", async () => {
    const bytes = strToU8("\uFEFFSmart cities\r\n\r\nFirst line\r\nsecond line\rthird\n");
    expect(await extractSource({ bytes, filename: "notes.TXT" })).toEqual({
      text: "Smart cities\n\nFirst line\nsecond line\nthird\n",
      format: "text",
      mediaType: "text/plain",
      titleGuess: "Smart cities",
    });
  });

  it("keeps Markdown as Markdown, its first heading as the title", async () => {
    const text = `Intro line\n\n# Japan's model\n\n${CHINESE_PARAGRAPH}\n`;
    const source = await extractSource({ bytes: strToU8(text), filename: "model.md" });
    expect(source).toEqual({
      text,
      format: "markdown",
      mediaType: "text/markdown",
      titleGuess: "Japan's model",
    });
  });

  it("goes by media type when the name has no known extension", async () => {
    const source = await extractSource({
      bytes: strToU8("# Notes\n"),
      filename: "notes",
      mediaType: "text/markdown; charset=utf-8",
    });
    expect(source.format).toBe("markdown");
  });

  it("keeps HTML raw (the viewer renders by offsets into it), its <title> as the title", async () => {
    const html =
      "<html><head><title>A &amp; B</title><script>var x = 1;</script></head>\r\n<body><h1>Heading</h1><p>Body text</p></body></html>";
    const source = await extractSource({ bytes: strToU8(html), filename: "page.htm" });
    expect(source).toEqual({
      text: html.replace("\r\n", "\n"),
      format: "html",
      mediaType: "text/html",
      titleGuess: "A & B",
    });
  });

  it("reads a PDF's text layer page by page, with the offset where each page starts", async () => {
    const bytes = textPdf(["Page one, line one\nline two", "Page two (the last)"], "Report");
    const source = await extractSource({ bytes, filename: "report.pdf" });
    expect(source).toEqual({
      text: "Page one, line one\nline two\n\nPage two (the last)",
      format: "text",
      mediaType: "application/pdf",
      pageStarts: [0, 29],
      titleGuess: "Report",
    });
    expect(source.text.slice(source.pageStarts![1])).toBe("Page two (the last)");
  });

  it("trusts the bytes over the name: a PDF named .txt is read as a PDF", async () => {
    const source = await extractSource({ bytes: textPdf(["Hidden PDF"]), filename: "a.txt" });
    expect(source).toMatchObject({ text: "Hidden PDF", mediaType: "application/pdf" });
  });

  it("reads a Word document's paragraphs, Chinese included", async () => {
    const bytes = docx(["Smart city plan", CHINESE_PARAGRAPH, "A & <b>"]);
    expect(await extractSource({ bytes, filename: "plan.docx", mediaType: DOCX })).toEqual({
      text: `Smart city plan\n\n${CHINESE_PARAGRAPH}\n\nA & <b>`,
      format: "text",
      mediaType: DOCX,
      titleGuess: "Smart city plan",
    });
  });
});

describe("extractSource: bad files", () => {
  it.each(BAD_FILES)("refuses $name with $status $key", async (file) => {
    const error = await refusal(
      extractSource({ bytes: file.bytes(), filename: file.filename, mediaType: file.mediaType }),
    );
    expect({ status: error.status, key: error.key }).toEqual({
      status: file.status,
      key: file.key,
    });
    // The message exists in both languages and takes the error's parameters.
    for (const lang of ["zh", "en"] as const)
      expect(translateKey(lang, `errors.${error.key}`, error.params)).not.toMatch(/[{}]/);
  });

  it("states the limit in MB", async () => {
    const error = await refusal(
      extractSource({ bytes: new Uint8Array(MAX_SOURCE_BYTES + 1), filename: "a.pdf" }),
    );
    expect(translateKey("en", `errors.${error.key}`, error.params)).toContain("10 MB");
  });

  it("refuses a zip bomb from its central directory, without inflating it", async () => {
    const bytes = zipBombDocx(); // built (and cached) before the clock starts
    const rss = process.memoryUsage().rss;
    const start = performance.now();
    const error = await refusal(extractSource({ bytes, filename: "bomb.docx", mediaType: DOCX }));
    expect(error.key).toBe("sourceFile.zipBomb");
    expect(performance.now() - start).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses a zip with more entries than any document has", async () => {
    const parts: Record<string, Uint8Array> = { "word/document.xml": strToU8("<w:document/>") };
    for (let i = 0; i < 2001; i++) parts[`word/part${i}.xml`] = strToU8("<x/>");
    const error = await refusal(extractSource({ bytes: zipSync(parts), filename: "many.docx" }));
    expect(error.key).toBe("sourceFile.zipBomb");
  });

  it("does not take a zip that is not a Word document", async () => {
    const bytes = zipSync({ "readme.txt": strToU8("hello") });
    const error = await refusal(extractSource({ bytes, filename: "archive.docx" }));
    expect({ status: error.status, key: error.key }).toEqual({
      status: 415,
      key: "sourceFile.unknownType",
    });
  });
});

describe("extractPasted", () => {
  it("takes pasted text as plain text with \\n line endings", () => {
    expect(extractPasted("\uFEFFTitle\r\nBody")).toEqual({
      text: "Title\nBody",
      format: "text",
      mediaType: "text/plain",
      titleGuess: "Title",
    });
  });

  it("refuses whitespace and NULs", () => {
    expect(() => extractPasted(" \n\t")).toThrow(AppError);
    expect(() => extractPasted(" \n\t")).toThrow("sourceFile.empty");
    expect(() => extractPasted("a\0b")).toThrow("sourceFile.unknownType");
  });
});
