import { detectFormat, MEDIA_TYPE, type SourceFormat } from "./detect";
import { docxText } from "./docx";
import { MAX_SOURCE_BYTES, sourceFileError } from "./errors";
import { pdfText } from "./pdf";
import { checkText, decodeUtf8, guessTitle, htmlVisibleText, normaliseNewlines } from "./text";

// The text of a source document that an editor uploads or pastes. The stored `text` is what
// citations point into by character offset, so text kinds are kept as uploaded (HTML as raw HTML,
// which the viewer renders by offsets, see lib/views/sources/html-blocks.ts); PDF and Word become
// plain text. Anything that gives no citable text is refused with an AppError (errors.sourceFile.*).

export { MAX_SOURCE_BYTES } from "./errors";
export type { SourceFormat } from "./detect";

export interface ExtractedSource {
  text: string;
  /** How to display `text`: PDF and Word documents arrive as "text". */
  format: "text" | "markdown" | "html";
  /** The media type of the uploaded file (application/pdf for a PDF, though `text` is plain). */
  mediaType: string;
  /** For a PDF, the offset in `text` where each page starts. */
  pageStarts?: number[];
  titleGuess?: string;
}

export async function extractSource(input: {
  bytes: Uint8Array;
  filename: string;
  mediaType?: string;
}): Promise<ExtractedSource> {
  const { bytes, filename } = input;
  // Before anything is parsed: the size limit protects the parsers, too.
  if (bytes.length > MAX_SOURCE_BYTES) throw sourceFileError.tooLarge();
  if (bytes.length === 0) throw sourceFileError.empty();
  const format = detectFormat(bytes, filename, input.mediaType);
  if (format === "broken") throw sourceFileError.corrupt(filename);
  if (!format) throw sourceFileError.unknownType(filename);
  const mediaType = MEDIA_TYPE[format];
  switch (format) {
    case "pdf": {
      const pdf = await pdfText(bytes, filename);
      // A PDF without text is almost always a scan: say so, rather than "empty".
      if (pdf.text.trim() === "") throw sourceFileError.noTextLayer();
      const titleGuess = pdf.title ?? guessTitle(pdf.text);
      return { text: pdf.text, format: "text", mediaType, pageStarts: pdf.pageStarts, titleGuess };
    }
    case "docx": {
      const text = await docxText(bytes, filename);
      if (text.trim() === "") throw sourceFileError.empty();
      return { text, format: "text", mediaType, titleGuess: guessTitle(text) };
    }
    case "html": {
      const text = decodeUtf8(bytes, filename);
      const { visible, title } = htmlVisibleText(text);
      if (visible.trim() === "") throw sourceFileError.empty();
      return { text, format: "html", mediaType, titleGuess: title ?? guessTitle(visible) };
    }
    default:
      return textSource(decodeUtf8(bytes, filename), format);
  }
}

/** Text pasted into the form, treated as a plain text file. */
export function extractPasted(text: string): ExtractedSource {
  return textSource(checkText(normaliseNewlines(text.replace(/^\uFEFF/, "")), "paste"), "text");
}

function textSource(text: string, format: Exclude<SourceFormat, "pdf" | "docx" | "html">) {
  return {
    text,
    format,
    mediaType: MEDIA_TYPE[format],
    titleGuess: guessTitle(text, format === "markdown"),
  } satisfies ExtractedSource;
}
