import type { EventKind } from "@/lib/views/charts/lanes";

type SymbolShape = "circle" | "diamond" | "square" | "triangle" | "star" | "wye";

/**
 * A shape and an Okabe–Ito colour per kind, so kinds stay apart for colour-blind readers and in
 * grey print. Stages are bands; a stage without an end is drawn as a flag.
 */
export const KIND_STYLE: Record<EventKind, { shape: SymbolShape; color: string }> = {
  stage: { shape: "wye", color: "#3d8fc6" },
  policy: { shape: "circle", color: "#0072B2" },
  law: { shape: "diamond", color: "#D55E00" },
  standard: { shape: "square", color: "#009E73" },
  pilot: { shape: "triangle", color: "#CC79A7" },
  event: { shape: "star", color: "#E69F00" },
};

/** Two tints for neighbouring stage bands. */
export const BAND_FILLS = ["#d6ebf8", "#bcdcf1"] as const;
export const BAND_TEXT = "#0d3550";
export const FOCUS_STROKE = "#1a1f2b";
