import { QUOTE_CONTEXT } from "@/lib/sources/quote-context";

// From a reader's selection in the rendered document to a W3C-selector passage target. Pure: the
// browser reads the runs and offsets off the DOM, the server builds the target from the raw text.

export { passageTarget, type PassageTarget } from "@/lib/dataset/passage-target";

// The context a passage keeps is the one re-anchoring looks for in a new version of the source.
export { QUOTE_CONTEXT };

/** The longest quote the annotations API takes (`textQuoteSelectorSchema`). */
export const MAX_QUOTE = 2000;

/** A rendered run of the document (the `data-raw` spans): its raw range, and its shown length. */
export interface RunBox {
  start: number;
  end: number;
  /** The shown text is exactly the raw slice; otherwise (a decoded entity, collapsed space) it is not. */
  verbatim: boolean;
  length: number;
}

export type MappedSelection =
  { ok: true; start: number; end: number } | { ok: false; reason: "empty" | "inexact" | "tooLong" };

/**
 * The raw range of a selection, given the runs it touches (in document order) and the offsets of
 * its ends in the first and the last of them (UTF-16 units, as the DOM counts). Runs touched only
 * at an edge are dropped; any run left that is not verbatim makes the selection inexact: the text
 * the reader selected is not the stored text, and the quote would not be what they saw.
 */
export function mapSelection(
  runs: readonly RunBox[],
  startOffset: number,
  endOffset: number,
): MappedSelection {
  let picked = [...runs];
  let from = startOffset;
  let to = endOffset;
  while (picked.length > 1 && from >= picked[0].length) {
    picked = picked.slice(1);
    from = 0;
  }
  while (picked.length > 1 && to <= 0) {
    picked = picked.slice(0, -1);
    to = picked.at(-1)!.length;
  }
  if (picked.length === 0 || (picked.length === 1 && from >= to))
    return { ok: false, reason: "empty" };
  if (picked.some((r) => !r.verbatim)) return { ok: false, reason: "inexact" };
  const start = picked[0].start + Math.max(0, from);
  const end = picked.at(-1)!.start + Math.min(to, picked.at(-1)!.length);
  if (end <= start) return { ok: false, reason: "empty" };
  return end - start > MAX_QUOTE ? { ok: false, reason: "tooLong" } : { ok: true, start, end };
}
