import { renderToReadableStream } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { targetKey } from "@/lib/annotations/target-keys";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import type { AnnotationView } from "@/lib/annotations/types";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { passageTarget, type PassageTarget } from "@/lib/views/sources/selection";
import { buildSourceViewer } from "@/lib/views/sources/viewer";

let lang: Lang = "en";
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string, values?: Record<string, unknown>) =>
    translator(lang)(`${namespace}.${key}` as never, values as never),
}));
const { SourceText } = await import("./source-text");

const source = data.sources.find((s) => s.key === "cn-jp-comparison")!;
const TOP_DOWN = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";
const topStart = source.text.indexOf(TOP_DOWN);
const note = (target: PassageTarget, id: string): AnnotationView => ({
  id,
  parentId: null,
  targets: [target],
  targetKeys: [targetKey(target)],
  body: "b",
  tags: [],
  visibility: "team",
  status: "open",
  resolvedBy: null,
  resolvedAt: null,
  version: 1,
  author: { id: "u", name: "U" },
  mentions: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  editedAt: null,
  deletedAt: null,
});

async function render(annotations: AnnotationView[], uiLang: Lang) {
  lang = uiLang;
  const model = buildSourceViewer(data, viewStateOf({}, uiLang), source.key, annotations)!;
  const stream = await renderToReadableStream(
    <SourceText
      blocks={model.blocks}
      marks={model.passages}
      notes={model.annotated}
      focusedId={null}
      lang="zh-CN"
      uiLang={uiLang}
      label="text"
    />,
  );
  await stream.allReady;
  return new Response(stream).text();
}

describe("SourceText with annotated passages", () => {
  const inner = source.text.indexOf("“自上而下”", topStart);
  const id = `${inner}-${inner + 6}`;
  const target = passageTarget(source, inner, inner + 6);
  // Stored two characters off: found again by its quote and context, so shown as moved.
  const moved = {
    ...target,
    selector: [
      target.selector[0],
      { type: "TextPositionSelector", start: inner + 2, end: inner + 8 },
    ],
  } as PassageTarget;

  it("puts a labelled count badge and a moved label at the end of the range, inside the cited passage", async () => {
    const html = await render([note(target, "a1"), note(moved, "a2")], "en");
    expect(html).toContain(`data-testid="annotations-passage-${id}" aria-label="2 annotations"`);
    expect(html).toMatch(
      new RegExp(
        `data-testid="annotations-passage-${id}"[^>]*>2</a><span class="annotation-moved" data-testid="annotations-moved-${id}"[^>]*>moved</span>`,
      ),
    );
    // The range is underlined inside the cited passage's highlight, whose count badge stays.
    const mark =
      /<mark[^>]*><a[^>]*><span class="annotated"[^>]*>“自上而下”<\/span><\/a><span class="annotation-end"[^>]*><a class="annotation-count"/;
    expect(mark.test(html), "the badge follows the underlined run inside the <mark>").toBe(true);
    expect(html).toContain(`data-testid="count-${topStart}-${topStart + TOP_DOWN.length}"`);
  });

  it("says the count in Chinese, and shows no moved label when nothing moved", async () => {
    const html = await render([note(target, "a1")], "zh");
    expect(html).toContain(`aria-label="1 条标注"`);
    expect(html).not.toContain("annotation-moved");
  });

  it("gives every run its raw offsets: the runs' texts are the raw text at those offsets", async () => {
    const html = await render([note(target, "a1")], "en");
    const runs = [
      ...html.matchAll(
        /<span(?: class="[^"]*")? data-raw="(\d+)" data-raw-end="(\d+)" data-verbatim="true">([^<]*)<\/span>/g,
      ),
    ];
    expect(runs.length).toBeGreaterThan(100);
    const unescape = (s: string) =>
      s
        .replaceAll("&quot;", '"')
        .replaceAll("&#x27;", "'")
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&amp;", "&");
    for (const [, start, end, text] of runs)
      expect(source.text.slice(Number(start), Number(end))).toBe(unescape(text));
    expect(runs.map((r) => unescape(r[3])).join("")).toContain(TOP_DOWN);
  });
});
