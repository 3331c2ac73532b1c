/**
 * The heatmap tone (1–5, the `level-N` classes) of a level on a scale of `max` levels, so scales
 * of any length share one legend: lowest is 1, highest is 5.
 */
export function scaleTone(level: number, max: number): number {
  if (max <= 1) return 5;
  return Math.min(5, Math.max(1, Math.round(1 + ((level - 1) * 4) / (max - 1))));
}
