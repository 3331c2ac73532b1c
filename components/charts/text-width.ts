/** A rough width in pixels of a label, for chart margins: CJK characters are square, Latin ones narrower. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.6;
  return Math.ceil(width);
}
