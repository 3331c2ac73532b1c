import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from "fflate";
import { sourceFileError } from "./errors";

// A .docx is a zip, and a zip can unpack to gigabytes from a few kilobytes. Mammoth (via JSZip)
// would inflate every part into memory, so the zip is vetted here first: the central directory's
// declared sizes (cheap, nothing inflated), then a counting pass that inflates with a byte budget
// and throws the output away, since declared sizes can lie.

/** Total unpacked size a document may have. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** More entries than any real document has; many tiny entries are another way to exhaust memory. */
export const MAX_ZIP_ENTRIES = 2000;
/** Compression ratio above which a big entry is suspect (text XML compresses ~10:1, zeros ~1000:1). */
export const MAX_RATIO = 100;
const RATIO_CHECK_FROM = 1024 * 1024;
/** Compressed bytes fed per step of the counting pass: at most ~16 MiB of output per step. */
const CHUNK = 16 * 1024;

/** The entries of the zip's central directory, without inflating anything; null if it is not a readable zip. */
export function listZip(bytes: Uint8Array): UnzipFileInfo[] | null {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/** Refuses a zip whose declared sizes, entry count or compression ratios are those of a bomb. */
export function checkDeclaredSizes(entries: UnzipFileInfo[]): void {
  if (entries.length > MAX_ZIP_ENTRIES) throw sourceFileError.zipBomb();
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (entry.originalSize > RATIO_CHECK_FROM && ratio > MAX_RATIO) throw sourceFileError.zipBomb();
  }
  if (total > MAX_UNZIPPED_BYTES) throw sourceFileError.zipBomb();
}

/**
 * Inflates every entry, counting and discarding the output: more than MAX_UNZIPPED_BYTES in all, or
 * an entry bigger than the central directory said, is a bomb; a stream that does not inflate is a
 * corrupt file.
 */
export function checkActualSizes(bytes: Uint8Array, entries: UnzipFileInfo[], name: string): void {
  const declared = new Map(entries.map((e) => [e.name, e.originalSize]));
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let total = 0;
  let bomb = false;
  let broken = false;
  unzip.onfile = (file) => {
    let size = 0;
    const limit = declared.get(file.name) ?? 0;
    file.ondata = (error, chunk) => {
      if (error) {
        broken = true;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limit || total > MAX_UNZIPPED_BYTES) {
        bomb = true;
        file.terminate();
      }
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && !bomb && !broken; at += CHUNK)
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch {
    broken = true;
  }
  if (bomb) throw sourceFileError.zipBomb();
  if (broken) throw sourceFileError.corrupt(name);
}
