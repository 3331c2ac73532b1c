import type { AnnotationTarget } from "@/lib/annotations/targets";
import { QUOTE_CONTEXT } from "@/lib/sources/quote-context";

// From a reader's selection in the rendered document to a W3C-selector passage target. Pure: the
// browser reads the runs and offsets off the DOM, the server builds the target from the raw text.

export type PassageTarget = Extract<AnnotationTarget, { kind: "source-passage" }>;

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

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `at` falls between the two halves of one character. */
const splits = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/**
 * The annotation target for raw range [start, end) of a source: the quote exactly as stored, up to
 * QUOTE_CONTEXT characters on either side (never half a character: the database refuses lone
 * surrogates), and the offsets.
 */
export function passageTarget(
  source: { key: string; text: string },
  start: number,
  end: number,
): PassageTarget {
  const { text } = source;
  let from = Math.max(0, start - QUOTE_CONTEXT);
  if (splits(text, from)) from += 1;
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (splits(text, to)) to -= 1;
  const prefix = text.slice(from, start);
  const suffix = text.slice(end, to);
  return {
    kind: "source-passage",
    source: source.key,
    selector: [
      {
        type: "TextQuoteSelector",
        exact: text.slice(start, end),
        ...(prefix ? { prefix } : {}),
        ...(suffix ? { suffix } : {}),
      },
      { type: "TextPositionSelector", start, end },
    ],
  };
}
