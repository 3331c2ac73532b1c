import mammoth from "mammoth";
import { sourceFileError } from "./errors";
import { checkActualSizes, checkDeclaredSizes, listZip } from "./zip";

/**
 * The text of a Word document, paragraphs separated by blank lines (mammoth's raw text). The zip is
 * vetted before mammoth sees it, because mammoth inflates every part into memory.
 */
export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const entries = listZip(bytes);
  if (!entries) throw sourceFileError.corrupt(name);
  checkDeclaredSizes(entries);
  checkActualSizes(bytes, entries, name);
  let raw: string;
  try {
    raw = (
      await mammoth.extractRawText({
        buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      })
    ).value;
  } catch {
    throw sourceFileError.corrupt(name);
  }
  // Mammoth ends every paragraph with "\n\n"; NULs would be refused by PostgreSQL.
  return raw.replace(/\r\n?/g, "\n").replaceAll("\0", "").trimEnd();
}
