/** Okabe–Ito colours, safe for colour-blind readers; a country's colour is its place in the selection. */
export const SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
/** Annotation markers, on screen and in exported images. */
export const ANNOTATION_COLOR = "#c2410c";

export const seriesColor = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length];
