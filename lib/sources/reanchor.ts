import { QUOTE_CONTEXT } from "./quote-context";

// Carries a citation of one version of a source document over to the next, the way Hypothesis
// re-anchors annotations: the quote with its context first, the quote alone after that. Pure and
// string-only (indexOf loops, never a RegExp built from the quote), so it runs anywhere and fast.

export type ReanchorStatus = "anchored" | "moved" | "orphaned";

export interface AnchorInput {
  quote: string;
  start: number;
  end: number;
}

export interface ReanchorResult {
  /** "anchored": same offsets as before; "moved": found elsewhere; "orphaned": not found. */
  status: ReanchorStatus;
  start?: number;
  end?: number;
  quote: string;
  /** how it was found */
  method?: "exact-position" | "context" | "quote";
  /** How many times the quote occurs in the new text, when it had to be searched for. */
  candidates?: number;
}

/** Context characters that must still match on one side when the other side was edited. */
const MIN_CONTEXT = 16;

interface Context {
  prefix: string;
  suffix: string;
  /** The old context stopped at the document's edge, so that edge is part of the context. */
  prefixAtEdge: boolean;
  suffixAtEdge: boolean;
}

/** How well the text around `at` in `text` matches the old context: 2 full, 1 partial, 0 none. */
function contextTier(text: string, at: number, length: number, c: Context): 0 | 1 | 2 {
  let before = 0;
  while (
    before < c.prefix.length &&
    before < at &&
    text.charCodeAt(at - 1 - before) === c.prefix.charCodeAt(c.prefix.length - 1 - before)
  )
    before++;
  const end = at + length;
  let after = 0;
  while (
    after < c.suffix.length &&
    end + after < text.length &&
    text.charCodeAt(end + after) === c.suffix.charCodeAt(after)
  )
    after++;
  // Running out of new text counts as a match too: the document may have been cut there.
  const prefixFull = before === c.prefix.length || before === at;
  const suffixFull = after === c.suffix.length || end + after === text.length;
  if (prefixFull && suffixFull) return 2;
  // A short context is only evidence when it sits at the same edge in both versions.
  const prefixStrong = before >= MIN_CONTEXT || (c.prefixAtEdge && before === at && at > 0);
  const suffixStrong =
    after >= MIN_CONTEXT || (c.suffixAtEdge && end + after === text.length && after > 0);
  return prefixStrong || suffixStrong ? 1 : 0;
}

function found(
  anchor: AnchorInput,
  start: number,
  method: NonNullable<ReanchorResult["method"]>,
  candidates?: number,
): ReanchorResult {
  return {
    status: start === anchor.start ? "anchored" : "moved",
    start,
    end: start + anchor.quote.length,
    quote: anchor.quote,
    method,
    ...(candidates === undefined ? {} : { candidates }),
  };
}

/** Where `anchor` (a quote of `oldText` at start..end) now is in `newText`. Never throws. */
export function reanchor(oldText: string, newText: string, anchor: AnchorInput): ReanchorResult {
  const { quote, start, end } = anchor;
  if (typeof quote !== "string" || quote.length === 0) return { status: "orphaned", quote };
  // Offsets that do not point at the quote give no trustworthy context: search the quote alone.
  const valid =
    Number.isInteger(start) && Number.isInteger(end) && oldText.slice(start, end) === quote;
  const context: Context | null = valid
    ? {
        prefix: oldText.slice(Math.max(0, start - QUOTE_CONTEXT), start),
        suffix: oldText.slice(end, end + QUOTE_CONTEXT),
        prefixAtEdge: start < QUOTE_CONTEXT,
        suffixAtEdge: end + QUOTE_CONTEXT > oldText.length,
      }
    : null;

  // The common case, an unchanged passage, costs no search.
  if (
    context &&
    newText.startsWith(quote, start) &&
    contextTier(newText, start, quote.length, context) === 2
  )
    return found(anchor, start, "exact-position");

  const hits: number[] = [];
  for (let at = newText.indexOf(quote); at !== -1; at = newText.indexOf(quote, at + 1))
    hits.push(at);
  if (hits.length === 0) return { status: "orphaned", quote, candidates: 0 };

  if (context) {
    let best = -1;
    let bestTier = 0;
    for (const at of hits) {
      const tier = contextTier(newText, at, quote.length, context);
      if (tier === 0 || tier < bestTier) continue;
      if (tier > bestTier || Math.abs(at - start) < Math.abs(best - start)) {
        best = at;
        bestTier = tier;
      }
    }
    if (best !== -1) return found(anchor, best, "context", hits.length);
  }

  // No context left to trust: the occurrence nearest the same relative place in the document.
  const oldStart = Number.isFinite(start) ? Math.min(Math.max(start, 0), oldText.length) : 0;
  const target = oldText.length === 0 ? 0 : (oldStart / oldText.length) * newText.length;
  let best = hits[0];
  for (const at of hits) if (Math.abs(at - target) < Math.abs(best - target)) best = at;
  return found(anchor, best, "quote", hits.length);
}

/** `reanchor` for each anchor, in the same order: one result per input, orphans included. */
export function reanchorAll(
  oldText: string,
  newText: string,
  anchors: AnchorInput[],
): ReanchorResult[] {
  return anchors.map((anchor) => reanchor(oldText, newText, anchor));
}
