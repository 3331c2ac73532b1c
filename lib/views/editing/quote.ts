// Where a pasted quote stands in a source's text. Citations are verbatim: the quote must be found
// as it is, and its offsets are where it starts and ends (UTF-16 units, as the dataset counts).

export type QuoteMatch =
  | { found: false }
  | { found: true; start: number; end: number; /** every place it occurs */ starts: number[] };

export function findQuote(text: string, quote: string): QuoteMatch {
  if (quote.trim() === "") return { found: false };
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length === 0) return { found: false };
  return { found: true, start: starts[0], end: starts[0] + quote.length, starts };
}

/** A few characters on either side of an occurrence, so the reader can tell them apart. */
export function occurrenceContext(text: string, start: number, length: number, around = 20) {
  const before = text.slice(Math.max(0, start - around), start);
  const after = text.slice(start + length, start + length + around);
  return { before, after };
}
