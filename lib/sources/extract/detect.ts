import { listZip } from "./zip";

export type SourceFormat = "text" | "markdown" | "html" | "pdf" | "docx";

export const MEDIA_TYPE: Record<SourceFormat, string> = {
  text: "text/plain",
  markdown: "text/markdown",
  html: "text/html",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  pdf: "pdf",
  docx: "docx",
};

const BY_MEDIA_TYPE = new Map<string, SourceFormat>(
  Object.entries(MEDIA_TYPE).map(([format, type]) => [type, format as SourceFormat]),
);

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);
const PDF_MAGIC = [...Buffer.from("%PDF-")];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What the name and the browser's media type claim; the bytes decide for PDF and zip. */
export function claimedFormat(filename: string, mediaType?: string): SourceFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (extension && extension in BY_EXTENSION) return BY_EXTENSION[extension];
  // Browsers send application/octet-stream for names they do not know; a name without a known
  // extension can still be taken by a text media type ("text/plain; charset=utf-8").
  const type = mediaType?.split(";")[0].trim().toLowerCase();
  return type ? BY_MEDIA_TYPE.get(type) : undefined;
}

/**
 * The file's format, or "broken" for a zip that claims to be a .docx but cannot be read, or
 * undefined for anything we do not take. Magic bytes first, so that a PDF named .txt is read as a
 * PDF and a PNG named .pdf is not; only the text kinds, which have no magic, go by name and type.
 */
export function detectFormat(
  bytes: Uint8Array,
  filename: string,
  mediaType?: string,
): SourceFormat | "broken" | undefined {
  const claimed = claimedFormat(filename, mediaType);
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  if (startsWith(bytes, ZIP_MAGIC)) {
    const entries = listZip(bytes);
    if (!entries) return claimed === "docx" ? "broken" : undefined;
    return entries.some((e) => e.name === "word/document.xml") ? "docx" : undefined;
  }
  // A damaged PDF or .docx without its magic, or a binary under their name, is not a text file.
  if (claimed === "pdf" || claimed === "docx") return "broken";
  return claimed;
}
