import { QUOTE_CONTEXT } from "@/lib/sources/quote-context";
/**
 * A passage of a source as an annotation target (the `source-passage` kind of
 * lib/annotations/targets.ts): W3C TextQuoteSelector and TextPositionSelector on the raw text.
 */
export interface PassageTarget {
  kind: "source-passage";
  source: string;
  selector: [
    { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string },
    { type: "TextPositionSelector"; start: number; end: number },
  ];
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

/**
 * The passage a citation quotes, as an annotation target; null when the source no longer holds
 * the quote at the cited offsets (a changed or garbled text): a note is then not tied to words
 * that are not there.
 */
export function citedPassage(
  source: { key: string; text: string } | null | undefined,
  cited: { start: number; end: number; quote: string },
): PassageTarget | null {
  if (!source || source.text.slice(cited.start, cited.end) !== cited.quote) return null;
  return passageTarget(source, cited.start, cited.end);
}
