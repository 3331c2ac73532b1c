import { z } from "zod";
import { countryKeySchema, keySchema, type Dataset } from "@/lib/dataset/schema";
import { notFound, type AppError } from "@/lib/errors/app-error";
import { CHART_KEYS, YEAR_MAX, YEAR_MIN } from "@/lib/view-state/state";
import { findSource } from "@/lib/dataset/sources";
import { DIRECTION_DIMENSIONS } from "@/lib/dataset/directions";

// What an annotation is attached to. Source passages use the W3C Web Annotation selectors
// (TextQuoteSelector + TextPositionSelector), so an export is a valid Web Annotation target.

const chart = z.enum(CHART_KEYS);
const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
/** Text PostgreSQL can store (jsonb refuses NUL). */
const plain = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !v.includes("\u0000"), "nul");

export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  exact: plain(2000).pipe(z.string().min(1)),
  prefix: plain(200).optional(),
  suffix: plain(200).optional(),
});
export const textPositionSelectorSchema = z.strictObject({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});

/** A dashboard view: `/`, `/matrix`, `/charts/{chart}`, `/sources`, `/sources/{key}`. */
export const VIEW_PATH = /^\/(matrix|charts\/[a-z-]+|sources(\/[a-z0-9-]+)?)?$/;

export const targetSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("matrix-cell"),
    country: countryKeySchema,
    dimension: keySchema,
  }),
  z.strictObject({
    kind: z.literal("chart-point"),
    chart,
    country: countryKeySchema,
    x: z.union([plain(100).pipe(z.string().min(1)), z.number().finite()]),
  }),
  z
    .strictObject({
      kind: z.literal("chart-range"),
      chart: z.enum(["timeline", "data-laws"]),
      country: countryKeySchema.optional(),
      from: year,
      to: year,
    })
    .refine((t) => t.from <= t.to, { message: "fromAfterTo", path: ["to"] }),
  z.strictObject({ kind: z.literal("timeline-event"), event: keySchema }),
  z
    .strictObject({
      kind: z.literal("source-passage"),
      source: keySchema,
      selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]),
    })
    .refine((t) => t.selector[1].end > t.selector[1].start, {
      message: "endAfterStart",
      path: ["selector", 1, "end"],
    }),
  z.strictObject({ kind: z.literal("view"), path: z.string().regex(VIEW_PATH, "viewPath") }),
]);

export type AnnotationTarget = z.infer<typeof targetSchema>;
export type TargetKind = AnnotationTarget["kind"];

/** Why a well-formed target does not exist in the dataset (a 404 to throw); null when it does. */
export function missingTarget(t: AnnotationTarget, data: Dataset): AppError | null {
  const has = <T extends { key: string }>(list: T[], key: string) =>
    list.some((x) => x.key === key);
  const country =
    "country" in t && t.country !== undefined && !has(data.countries, t.country) ? t.country : null;
  if (country) return notFound("noSuchCountry", { country });
  switch (t.kind) {
    case "matrix-cell":
      return has(data.dimensions, t.dimension)
        ? null
        : notFound("noSuchDimension", { dimension: t.dimension });
    case "timeline-event":
      return has(data.timeline, t.event) ? null : notFound("noSuchEvent", { event: t.event });
    case "source-passage": {
      const source = findSource(data, t.source);
      if (!source) return notFound("noSuchSource", { source: t.source });
      const [quote, position] = t.selector;
      if (source.text.slice(position.start, position.end) !== quote.exact) {
        return notFound("quoteNotAtOffsets");
      }
      const before = source.text.slice(0, position.start);
      const after = source.text.slice(position.end);
      if (
        (quote.prefix && !before.endsWith(quote.prefix)) ||
        (quote.suffix && !after.startsWith(quote.suffix))
      ) {
        return notFound("quoteContextDiffers");
      }
      return null;
    }
    case "view": {
      const source = t.path.match(/^\/sources\/(.+)$/)?.[1];
      const chartKey = t.path.match(/^\/charts\/(.+)$/)?.[1];
      if (source && !has(data.sources, source)) return notFound("noSuchSource", { source });
      if (chartKey && !(CHART_KEYS as readonly string[]).includes(chartKey))
        return notFound("noSuchChart", { chart: chartKey });
      return null;
    }
    case "chart-point":
      return missingPoint(t, data);
    case "chart-range":
      return null;
  }
}

/** A chart point's x must be something the chart draws for that country. */
function missingPoint(t: Extract<AnnotationTarget, { kind: "chart-point" }>, data: Dataset) {
  const x = String(t.x);
  const ok = {
    radar: () =>
      data.dimensions.some((d) => d.key === x && d.scale) && !DIRECTION_DIMENSIONS.has(x),
    "development-model": () => x === "position",
    indicators: () => data.observations.some((o) => o.key === x && o.country === t.country),
    actors: () => data.actors.some((a) => a.key === x && a.country === t.country),
    timeline: () => data.timeline.some((e) => e.key === x && e.country === t.country),
    "data-laws": () => data.timeline.some((e) => e.key === x && e.country === t.country),
  }[t.chart]();
  return ok ? null : notFound("noSuchPoint", { chart: t.chart, x, country: t.country });
}

/** A quote found again without its context must be at least this long (a short one could be any occurrence). */
const MIN_ALONE = 8;

/**
 * Where a passage annotation stands after the source text changed: still at its offsets, found
 * again by its quote and context elsewhere (else by the quote alone when it occurs exactly once),
 * or orphaned. It is never moved silently: the caller
 * shows "moved" or "orphaned".
 */
export function anchorPassage(
  t: Extract<AnnotationTarget, { kind: "source-passage" }>,
  data: Dataset,
): { status: "anchored" | "moved" | "orphaned"; start?: number; end?: number } {
  const source = findSource(data, t.source);
  if (!source) return { status: "orphaned" };
  const [quote, position] = t.selector;
  const context = (start: number, end: number) =>
    (!quote.prefix || source.text.slice(0, start).endsWith(quote.prefix)) &&
    (!quote.suffix || source.text.slice(end).startsWith(quote.suffix));
  // Anchored only with its context too: the same words at the old offsets may be another occurrence.
  if (
    source.text.slice(position.start, position.end) === quote.exact &&
    context(position.start, position.end)
  )
    return { status: "anchored", start: position.start, end: position.end };
  // Found again with its context: the occurrence nearest the old place, reported as moved.
  const needle = `${quote.prefix ?? ""}${quote.exact}${quote.suffix ?? ""}`;
  let best = -1;
  for (let at = source.text.indexOf(needle); at >= 0; at = source.text.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - position.start) < Math.abs(best - position.start)) best = at;
  }
  if (best >= 0) {
    const start = best + (quote.prefix ?? "").length;
    return { status: "moved", start, end: start + quote.exact.length };
  }
  // Its context changed too: the quote alone, if the text holds it exactly once (never a guess between several).
  const first = quote.exact.length >= MIN_ALONE ? source.text.indexOf(quote.exact) : -1;
  if (first >= 0 && source.text.indexOf(quote.exact, first + 1) < 0)
    return { status: "moved", start: first, end: first + quote.exact.length };
  return { status: "orphaned" };
}
