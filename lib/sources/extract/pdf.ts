import { sourceFileError } from "./errors";

// PDF text through pdf.js (Mozilla's reader), the legacy build, which is the one meant for Node.
// Loaded on first use: most uploads are not PDFs, and pdf.js is large.

export interface PdfText {
  text: string;
  /** Character offset in `text` where each page starts. */
  pageStarts: number[];
  title?: string;
}

async function loadPdfjs() {
  // Registering the worker module on globalThis lets pdf.js run its "fake worker" in this thread
  // without importing a worker file by path, which breaks once a bundler has moved the files.
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

export async function pdfText(bytes: Uint8Array, name: string): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    // Only text is wanted: no code generated from the file, no fonts loaded or fetched.
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue; // a marked-content marker, not text
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text.replaceAll("\0", "").replace(/\s+$/, ""));
      page.cleanup();
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as
      { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" ? info.Title.trim() : "";
    return { ...joinPages(pages), title: title || undefined };
  } catch (error) {
    if ((error as { name?: string })?.name === "PasswordException")
      throw sourceFileError.encrypted();
    throw sourceFileError.corrupt(name);
  } finally {
    await task.destroy();
  }
}

/** Pages joined by a blank line, with the offset where each one starts. */
export function joinPages(pages: string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = "";
  pages.forEach((page, i) => {
    if (i > 0) text += "\n\n";
    pageStarts.push(text.length);
    text += page;
  });
  return { text, pageStarts };
}
