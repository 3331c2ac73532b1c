import { z } from "zod";
import { annotationChoice, annotationChoiceParams } from "./annotation-choice";
import { assertKnownKeys, choiceParam, listParam, yearParam } from "@/lib/api/params";
import type { Dataset } from "@/lib/dataset/schema";
import { badRequest } from "@/lib/errors/app-error";
import type { Lang } from "@/lib/i18n/lang";
import {
  CHART_KEYS,
  DEFAULT_COUNTRIES,
  MAX_COUNTRIES,
  MIN_COUNTRIES,
  type ChartKey,
  type ViewState,
} from "@/lib/view-state/state";

export const EXPORT_FORMATS = ["csv", "svg", "png", "zip"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_TARGETS = [...CHART_KEYS, "matrix"] as const;
export type ExportTarget = ChartKey | "matrix";

/** The query of GET /api/v1/charts/{chart}/export.{csv,svg,png,zip}. */
export const exportParams = z
  .object({
    countries: listParam("countries").optional(),
    dims: listParam("dims").optional(),
    from: yearParam("from").optional(),
    to: yearParam("to").optional(),
    scale: choiceParam(["1", "2", "4"], "errors.badScale").optional(),
    annotations: choiceParam(["0", "1"], "errors.badAnnotationsFlag").optional(),
  })
  .extend(annotationChoiceParams.shape);

/**
 * The chart and the view state to export, every part checked. Unlike a page, which falls back and
 * says what it ignored, a script gets a 400 that names the bad part.
 */
export function parseExportRequest(
  chart: string,
  file: string,
  query: z.infer<typeof exportParams>,
  data: Dataset,
  lang: Lang,
) {
  if (!(EXPORT_TARGETS as readonly string[]).includes(chart))
    throw badRequest(
      "unknownChart",
      { chart: chart.slice(0, 40), charts: EXPORT_TARGETS },
      "unknown_key",
    );
  const format = file.match(/^export\.([a-z]+)$/)?.[1];
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw badRequest(
      "unknownExport",
      { file: file.slice(0, 40), files: EXPORT_FORMATS.map((f) => `export.${f}`) },
      "unknown_key",
    );
  }
  const countries = query.countries?.map((c) => c.toUpperCase()) ?? DEFAULT_COUNTRIES; // country codes in any case
  assertKnownKeys(
    countries,
    data.countries.map((c) => c.key),
    "unknownCountry",
  );
  if (countries.length < MIN_COUNTRIES || countries.length > MAX_COUNTRIES)
    throw badRequest("countryCount", { min: String(MIN_COUNTRIES), max: String(MAX_COUNTRIES) });
  assertKnownKeys(
    query.dims,
    data.dimensions.map((d) => d.key),
    "unknownDimension",
  );
  const from = query.from ?? null;
  const to = query.to ?? null;
  if (from !== null && to !== null && from > to) throw badRequest("fromAfterTo");
  const state: ViewState = {
    countries,
    dims: query.dims ?? null,
    lang,
    view: "table",
    from,
    to,
    focus: null,
  };
  return {
    chart: chart as ExportTarget,
    format: format as ExportFormat,
    state,
    scale: Number(query.scale ?? "1") as 1 | 2 | 4,
    /** Which annotations to draw (annotations=1 and the annotation-* choice), or null for none. */
    annotations: query.annotations === "1" ? annotationChoice(query) : null,
  };
}
