// The W3C model counts text positions in Unicode code points ("characters"), JavaScript strings in
// UTF-16 code units: a character beyond U+FFFF (an emoji, a rare Han character of CJK Extension B)
// is one of the first and two of the second. Stored selectors count code units (they are
// JavaScript string indexes); the export converts.

const cache = new WeakMap<object, number[]>();

/** The UTF-16 indexes of the second units of the text's surrogate pairs, in order. */
function pairEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const high = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) ends.push(++i);
  }
  return ends;
}

/**
 * The code point offset of a UTF-16 index into `owner.text`. The pairs of a text are found once
 * per text object (a source of the dataset snapshot), so an export of many passages stays linear.
 */
export function codePointOffset(owner: { text: string }, index: number): number {
  let ends = cache.get(owner);
  if (!ends) cache.set(owner, (ends = pairEnds(owner.text)));
  // Each pair ending before the index counts once instead of twice.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  return index - lo;
}
