/**
 * Scales that are a direction between two opposite ends (bottom-up ↔ top-down), not a maturity:
 * no end is "more". They have their own diverging chart and are kept off the radar, where a larger
 * area reads as "bigger".
 */
export const DIRECTION_DIMENSIONS: ReadonlySet<string> = new Set(["development-model"]);

/** The dimension the development-model chart draws: its bars are that dimension's assessments. */
export const DEVELOPMENT_MODEL = "development-model";
