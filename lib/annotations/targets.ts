import { z } from "zod";
import { countryKeySchema, keySchema, type Dataset } from "@/lib/dataset/schema";
import { CHART_KEYS } from "@/lib/view-state/state";

// What an annotation is attached to. Source passages use the W3C Web Annotation selectors
// (TextQuoteSelector + TextPositionSelector), so an export is a valid Web Annotation target.

const chart = z.enum(CHART_KEYS);
const year = z.number().int().min(1900).max(2100);

export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1).max(2000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});
export const textPositionSelectorSchema = z.strictObject({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});

export const targetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("matrix-cell"), country: countryKeySchema, dimension: keySchema }),
  z.strictObject({ kind: z.literal("chart-point"), chart, country: countryKeySchema, x: z.union([z.string().min(1).max(100), z.number().finite()]) }),
  z
    .strictObject({ kind: z.literal("chart-range"), chart, country: countryKeySchema.optional(), from: year, to: year })
    .refine((t) => t.from <= t.to, { message: "from must not be after to", path: ["to"] }),
  z.strictObject({ kind: z.literal("timeline-event"), event: keySchema }),
  z
    .strictObject({ kind: z.literal("source-passage"), source: keySchema, selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]) })
    .refine((t) => t.selector[1].end > t.selector[1].start, { message: "end must be after start", path: ["selector", 1, "end"] }),
  z.strictObject({ kind: z.literal("view"), path: z.string().regex(/^\/(matrix|charts\/[a-z-]+|sources(\/[a-z0-9-]+)?)?$/, "must be a dashboard path such as /matrix") }),
]);

export type AnnotationTarget = z.infer<typeof targetSchema>;
export type TargetKind = AnnotationTarget["kind"];
export const TARGET_KINDS = ["matrix-cell", "chart-point", "chart-range", "timeline-event", "source-passage", "view"] as const satisfies readonly TargetKind[];

/** The target as one string, for filters and count badges: `matrix-cell:CN:development-model`. */
export function targetKey(t: AnnotationTarget): string {
  switch (t.kind) {
    case "matrix-cell":
      return `matrix-cell:${t.country}:${t.dimension}`;
    case "chart-point":
      return `chart-point:${t.chart}:${t.country}:${t.x}`;
    case "chart-range":
      return `chart-range:${t.chart}:${t.country ?? "*"}:${t.from}-${t.to}`;
    case "timeline-event":
      return `timeline-event:${t.event}`;
    case "source-passage":
      return `source-passage:${t.source}:${t.selector[1].start}-${t.selector[1].end}`;
    case "view":
      return `view:${t.path}`;
  }
}

/** Why a well-formed target does not exist in the dataset, in both languages; null when it does. */
export function missingTarget(t: AnnotationTarget, data: Dataset): { zh: string; en: string } | null {
  const has = <T extends { key: string }>(list: T[], key: string) => list.some((x) => x.key === key);
  const country = "country" in t && t.country !== undefined && !has(data.countries, t.country) ? t.country : null;
  if (country) return { zh: `没有国家或地区“${country}”。`, en: `There is no country or region "${country}".` };
  switch (t.kind) {
    case "matrix-cell":
      return has(data.dimensions, t.dimension) ? null : { zh: `没有比较维度“${t.dimension}”。`, en: `There is no dimension "${t.dimension}".` };
    case "timeline-event":
      return has(data.timeline, t.event) ? null : { zh: `时间线上没有事件“${t.event}”。`, en: `There is no timeline event "${t.event}".` };
    case "source-passage": {
      const source = data.sources.find((s) => s.key === t.source);
      if (!source) return { zh: `没有来源文档“${t.source}”。`, en: `There is no source document "${t.source}".` };
      const [quote, position] = t.selector;
      if (source.text.slice(position.start, position.end) !== quote.exact) {
        return { zh: "引文与来源在这些位置的文字不一致。", en: "The quote is not the source's text at these offsets." };
      }
      return null;
    }
    case "view": {
      const source = t.path.match(/^\/sources\/(.+)$/)?.[1];
      const chartKey = t.path.match(/^\/charts\/(.+)$/)?.[1];
      if (source && !has(data.sources, source)) return { zh: `没有来源文档“${source}”。`, en: `There is no source document "${source}".` };
      if (chartKey && !(CHART_KEYS as readonly string[]).includes(chartKey)) return { zh: `没有图表“${chartKey}”。`, en: `There is no chart "${chartKey}".` };
      return null;
    }
    default:
      return null;
  }
}

/**
 * Where a passage annotation stands after the source text changed: still at its offsets, found
 * again by its quote (and context) elsewhere, or orphaned. It is never moved silently: the caller
 * shows "moved" or "orphaned".
 */
export function anchorPassage(t: Extract<AnnotationTarget, { kind: "source-passage" }>, data: Dataset): { status: "anchored" | "moved" | "orphaned"; start?: number; end?: number } {
  const source = data.sources.find((s) => s.key === t.source);
  if (!source) return { status: "orphaned" };
  const [quote, position] = t.selector;
  if (source.text.slice(position.start, position.end) === quote.exact) return { status: "anchored", start: position.start, end: position.end };
  const needle = `${quote.prefix ?? ""}${quote.exact}${quote.suffix ?? ""}`;
  const at = source.text.indexOf(needle);
  if (at >= 0) {
    const start = at + (quote.prefix ?? "").length;
    return { status: "moved", start, end: start + quote.exact.length };
  }
  return { status: "orphaned" };
}
