import { assertKnownParams, keyList, yearParam } from "@/lib/api/query";
import { badRequest } from "@/lib/api/errors";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { CHART_KEYS, DEFAULT_COUNTRIES, MAX_COUNTRIES, MIN_COUNTRIES, type ChartKey, type ViewState } from "@/lib/view-state/state";

export const EXPORT_FORMATS = ["csv", "svg", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_TARGETS = [...CHART_KEYS, "matrix"] as const;
export type ExportTarget = ChartKey | "matrix";

/**
 * GET /api/v1/charts/{chart}/export.{csv,svg,png}?countries=&dims=&from=&to=&lang=&scale=&annotations=: the chart and the
 * view state to export, every part checked. Unlike a page, which falls back and says what it
 * ignored, a script gets a 400 that names the bad part.
 */
export function parseExportRequest(chart: string, file: string, url: URL, data: Dataset, lang: Lang): { chart: ExportTarget; format: ExportFormat; state: ViewState; scale: 1 | 2 | 4; annotations: boolean } {
  if (!(EXPORT_TARGETS as readonly string[]).includes(chart)) {
    throw badRequest(`没有图表“${chart.slice(0, 40)}”；可选：${EXPORT_TARGETS.join("、")}`, `There is no chart "${chart.slice(0, 40)}"; one of ${EXPORT_TARGETS.join(", ")}`, "unknown_key");
  }
  const format = file.match(/^export\.([a-z]+)$/)?.[1];
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw badRequest(`未知的导出格式“${file.slice(0, 40)}”；可用：${EXPORT_FORMATS.map((f) => `export.${f}`).join("、")}`, `Unknown export "${file.slice(0, 40)}"; available: ${EXPORT_FORMATS.map((f) => `export.${f}`).join(", ")}`, "unknown_key");
  }
  assertKnownParams(url, ["countries", "dims", "from", "to", "scale", "annotations"]);
  const query = new URL(url);
  const asked = query.searchParams.get("countries");
  if (asked !== null) query.searchParams.set("countries", asked.toUpperCase()); // country codes in any case
  const countries = keyList(query, "countries", data.countries.map((c) => c.key), { zh: "国家或地区", en: "country or region" }) ?? DEFAULT_COUNTRIES;
  if (countries.length < MIN_COUNTRIES || countries.length > MAX_COUNTRIES) {
    throw badRequest(`请选择 ${MIN_COUNTRIES} 到 ${MAX_COUNTRIES} 个国家或地区。`, `Choose ${MIN_COUNTRIES} to ${MAX_COUNTRIES} countries or regions.`);
  }
  const dims = keyList(url, "dims", data.dimensions.map((d) => d.key), { zh: "比较维度", en: "dimension" }) ?? null;
  const from = yearParam(url, "from") ?? null;
  const to = yearParam(url, "to") ?? null;
  if (from !== null && to !== null && from > to) throw badRequest("from 不能晚于 to。", "from must not be after to.");
  const scaleText = url.searchParams.get("scale") ?? "1";
  if (!["1", "2", "4"].includes(scaleText)) throw badRequest(`scale 只能是 1、2 或 4，收到“${scaleText.slice(0, 20)}”。`, `scale must be 1, 2 or 4, got "${scaleText.slice(0, 20)}".`);
  const notes = url.searchParams.get("annotations") ?? "0";
  if (!["0", "1"].includes(notes)) throw badRequest("annotations 只能是 0 或 1。", "annotations must be 0 or 1.");
  return { chart: chart as ExportTarget, format: format as ExportFormat, state: { countries, dims, lang, view: "table", from, to, focus: null }, scale: Number(scaleText) as 1 | 2 | 4, annotations: notes === "1" };
}
