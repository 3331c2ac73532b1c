/** An estimate of a text's width, generous enough for the fonts we ask for: CJK characters a full em, others 0.6 of one. */
const charWidth = (c: string, fontSize: number) =>
  c.codePointAt(0)! >= 0x2e80 ? fontSize : fontSize * 0.6;

/** A label's width in pixels, for layout and chart margins (CJK characters are square, Latin ones narrower). */
export const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((sum, c) => sum + charWidth(c, fontSize), 0);

/** A label cut to fit a width, with an ellipsis. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const room = width - fontSize;
  let cut = 0;
  let used = 0;
  const chars = [...text];
  while (cut < chars.length && used + charWidth(chars[cut], fontSize) <= room)
    used += charWidth(chars[cut++], fontSize);
  return cut === 0 ? "" : `${chars.slice(0, cut).join("").trimEnd()}…`;
}

/** The first of some labels that fits a width, or the last one cut to fit. */
export const firstFitting = (labels: string[], width: number, fontSize: number) =>
  labels.find((l) => textWidth(l, fontSize) <= width) ?? fitText(labels.at(-1)!, width, fontSize);

/** Closing punctuation (fullwidth comma, full stop, ideographic comma, semicolon, colon, marks, brackets and quotes, and their ASCII twins). */
const CLOSING =
  /^[\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF09\u300D\u300F\u201D\u2019\u300B\u3009\u3011,.;:!?)]/;
const TOKEN =
  /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g;

/** Text broken into lines that fit `width` (CJK between any characters, Latin at spaces), at most `max` lines. */
export function wrap(content: string, width: number, size: number, max = 99): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of content.match(TOKEN) ?? []) {
    const next = line + token;
    // Closing punctuation never starts a line (Chinese typesetting): it stays with the line before.
    if (line.trim() !== "" && textWidth(next.trimEnd(), size) > width && !CLOSING.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1].slice(0, Math.max(0, kept[max - 1].length - 1))}…`;
  return kept;
}
