import { z } from "zod";
import { countryKeySchema, keySchema, type Dataset } from "@/lib/dataset/schema";
import { notFound, type AppError } from "@/lib/errors/app-error";
import { CHART_KEYS, YEAR_MAX, YEAR_MIN } from "@/lib/view-state/state";
import { findSource } from "@/lib/dataset/sources";
import { DEVELOPMENT_MODEL } from "@/lib/dataset/directions";

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

const assessment = z.strictObject({
  kind: z.literal("assessment"),
  country: countryKeySchema,
  dimension: keySchema,
});
const event = z.strictObject({ kind: z.literal("event"), event: keySchema });
const observation = z.strictObject({ kind: z.literal("observation"), observation: keySchema });
const actor = z.strictObject({ kind: z.literal("actor"), actor: keySchema });
const chartRange = z
  .strictObject({
    kind: z.literal("chart-range"),
    chart: z.enum(["timeline", "data-laws"]),
    country: countryKeySchema.optional(),
    from: year,
    to: year,
  })
  .refine((t) => t.from <= t.to, { message: "fromAfterTo", path: ["to"] });
const sourcePassage = z
  .strictObject({
    kind: z.literal("source-passage"),
    source: keySchema,
    selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]),
  })
  .refine((t) => t.selector[1].end > t.selector[1].start, {
    message: "endAfterStart",
    path: ["selector", 1, "end"],
  });
const view = z.strictObject({
  kind: z.literal("view"),
  path: z.string().regex(VIEW_PATH, "viewPath"),
});

/**
 * A target as stored. A fact (an assessment: country \u00d7 dimension; a timeline event; an
 * indicator's observation; an actor) is drawn by every chart that shows it, so a note on it shows
 * on each; a range of years, a source passage and a whole view are not single facts.
 */
const storedTargets = [
  assessment,
  event,
  observation,
  actor,
  chartRange,
  sourcePassage,
  view,
] as const;
export const targetSchema = z.discriminatedUnion("kind", [...storedTargets]);

export type AnnotationTarget = z.infer<typeof targetSchema>;
export type TargetKind = AnnotationTarget["kind"];
export type FactTarget = Extract<
  AnnotationTarget,
  { kind: "assessment" | "event" | "observation" | "actor" }
>;
export const FACT_KINDS = ["assessment", "event", "observation", "actor"] as const;
export const isFact = (t: AnnotationTarget): t is FactTarget =>
  (FACT_KINDS as readonly string[]).includes(t.kind);

/**
 * The places of the first version, still accepted on input: a matrix cell, a chart's point and a
 * timeline event are the facts they draw (the same mapping as the migration that moved the stored
 * ones, prisma/migrations/20261206090000_fact_targets).
 */
const legacyTargets = [
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
  z.strictObject({ kind: z.literal("timeline-event"), event: keySchema }),
] as const;
export type LegacyTarget = z.infer<(typeof legacyTargets)[number]>;

/** The fact a first-version place draws. */
export function factOf(t: LegacyTarget): FactTarget {
  if (t.kind === "matrix-cell")
    return { kind: "assessment", country: t.country, dimension: t.dimension };
  if (t.kind === "timeline-event") return { kind: "event", event: t.event };
  const x = String(t.x);
  switch (t.chart) {
    case "radar":
      return { kind: "assessment", country: t.country, dimension: x };
    case "development-model":
      return { kind: "assessment", country: t.country, dimension: DEVELOPMENT_MODEL };
    case "indicators":
      return { kind: "observation", observation: x };
    case "actors":
      return { kind: "actor", actor: x };
    case "timeline":
    case "data-laws":
      return { kind: "event", event: x };
  }
}

/** One target as posted: a stored kind, or a first-version place turned into its fact. */
export const targetInputSchema = z
  .discriminatedUnion("kind", [...storedTargets, ...legacyTargets])
  .transform((t): AnnotationTarget =>
    t.kind === "matrix-cell" || t.kind === "chart-point" || t.kind === "timeline-event"
      ? factOf(t)
      : t,
  );

/** Why a well-formed target does not exist in the dataset (a 404 to throw); null when it does. */
export function missingTarget(t: AnnotationTarget, data: Dataset): AppError | null {
  const has = <T extends { key: string }>(list: T[], key: string) =>
    list.some((x) => x.key === key);
  const country =
    "country" in t && t.country !== undefined && !has(data.countries, t.country) ? t.country : null;
  if (country) return notFound("noSuchCountry", { country });
  switch (t.kind) {
    case "assessment":
      return has(data.dimensions, t.dimension)
        ? null
        : notFound("noSuchDimension", { dimension: t.dimension });
    case "event":
      return has(data.timeline, t.event) ? null : notFound("noSuchEvent", { event: t.event });
    case "observation":
      return has(data.observations, t.observation)
        ? null
        : notFound("noSuchObservation", { observation: t.observation });
    case "actor":
      return has(data.actors, t.actor) ? null : notFound("noSuchActor", { actor: t.actor });
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
    case "chart-range":
      return null;
  }
}

/** The first target of a list that does not exist, as its 404 with the target's place in the list. */
export function missingTargets(targets: AnnotationTarget[], data: Dataset): AppError | null {
  for (const t of targets) {
    const missing = missingTarget(t, data);
    if (missing) return missing;
  }
  return null;
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
