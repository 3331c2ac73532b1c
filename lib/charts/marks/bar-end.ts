/** Room between a bar's end and the centre of its annotation marker (the marker's radius is 9). */
export const DOT_GAP = 12;

/** The centre of a bar's annotation marker: just past the bar's end, on whichever side the bar grows. */
export function barEndDot(bar: { x: number; y: number; width: number; height: number }): {
  x: number;
  y: number;
} {
  return {
    x: bar.x + bar.width + (bar.width >= 0 ? DOT_GAP : -DOT_GAP),
    y: bar.y + bar.height / 2,
  };
}
