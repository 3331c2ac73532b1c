import type { EventKind } from "@/lib/dataset/schema";

// Colours, symbols and type sizes of the charts, on screen and in exported images: one place.

/** Okabe–Ito colours, safe for colour-blind readers (their yellow is too faint on white: grey instead). */
export const SERIES_COLORS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#555555",
] as const;

/**
 * A country's colour is its place in the dataset's list of countries, not in the selection: Japan
 * is drawn in the same colour beside China alone and among six, on every chart and in every export.
 */
export function countryColor(countries: readonly { key: string }[], key: string): string {
  const index = countries.findIndex((c) => c.key === key);
  return SERIES_COLORS[Math.max(index, 0) % SERIES_COLORS.length];
}

/** Annotation markers. */
export const ANNOTATION_COLOR = "#c2410c";

/** Text and lines. */
export const INK = {
  text: "#1a1f2b",
  muted: "#5b6475",
  rule: "#dde1e8",
  stripe: ["#fbfcfe", "#f3f6fa"],
  paper: "#ffffff",
} as const;

export type SymbolShape = "circle" | "diamond" | "square" | "triangle" | "star" | "wye";

/**
 * A shape and an Okabe–Ito colour per kind of event, so kinds stay apart for colour-blind readers
 * and in grey print. Stages are bands (a stage without an end is a flag).
 */
export const KIND_STYLE: Record<EventKind, { shape: SymbolShape; color: string }> = {
  stage: { shape: "wye", color: "#3d8fc6" },
  policy: { shape: "circle", color: "#0072B2" },
  law: { shape: "diamond", color: "#D55E00" },
  standard: { shape: "square", color: "#009E73" },
  pilot: { shape: "triangle", color: "#CC79A7" },
  event: { shape: "star", color: "#E69F00" },
};

/** Two tints for neighbouring stage bands, their text, and the outline of a focused mark. */
export const BAND_FILLS = ["#d6ebf8", "#bcdcf1"] as const;
export const BAND_TEXT = "#0d3550";
export const FOCUS_STROKE = "#1a1f2b";

/** ColorBrewer Set2 for actor types: pale next to the saturated country colours, so a type is never read as a country. */
export const TYPE_COLORS = {
  government: "#8DA0CB",
  enterprise: "#FC8D62",
  citizens: "#A6D854",
  international: "#E78AC3",
  academic: "#FFD92F",
} as const;

/** The heatmap tones of a scale position (1 lowest … 5 highest): background and text. */
export const LEVEL_TONES: Record<number, { background: string; color: string }> = {
  1: { background: "#eef4fb", color: "#08306b" },
  2: { background: "#c6dbef", color: "#08306b" },
  3: { background: "#9ecae1", color: "#08306b" },
  4: { background: "#3f7fbf", color: "#ffffff" },
  5: { background: "#08519c", color: "#ffffff" },
};

/** Font sizes shared by screen and export. */
export const TYPE = { label: 13, small: 12, tiny: 11, marker: 10 } as const;
