import type { Dataset } from "@/lib/dataset/schema";
import { formatList, translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import type { ActorsData } from "@/lib/views/charts/actors";
import { CHART_BUILDERS } from "@/lib/views/charts/builders";
import type { DevelopmentModelData } from "@/lib/views/charts/development-model";
import type { IndicatorsData } from "@/lib/views/charts/indicators";
import type { LanesModelData } from "@/lib/views/charts/lanes";
import type { RadarData } from "@/lib/views/charts/radar";
import { countryName, sourceLabel } from "@/lib/views/localize";
import { buildMatrix } from "@/lib/views/matrix";
import type { ExportTarget } from "../request";
import { actorsSvg } from "./charts/actors";
import { developmentModelSvg } from "./charts/development-model";
import { indicatorsSvg } from "./charts/indicators";
import { lanesSvg } from "./charts/lanes";
import { matrixSvg } from "./charts/matrix";
import { radarSvg } from "./charts/radar";
import { BODY_WIDTH } from "./frame";
import type { NoteIndex } from "./notes";
import { text, type Drawing } from "./svg";

/** What an image shows: the drawing, its title, the caveats and the documents cited. */
export interface ImageContent {
  body: Drawing;
  title: string;
  notes: string[];
  sources: string[];
}

/** The chart (or matrix) drawn from the same view model as the page, for the view state asked. */
export function imageContent(chart: ExportTarget, data: Dataset, state: ViewState, notes: NoteIndex): ImageContent {
  const t = translator(state.lang);
  if (chart === "matrix") {
    const matrix = buildMatrix(data, state);
    const shown = new Set(matrix.rows.map((r) => r.key));
    const citations = data.assessments.filter((a) => state.countries.includes(a.country) && shown.has(a.dimension)).flatMap((a) => a.citations);
    const cited = new Set(citations.flatMap((c) => (c.kind === "source" ? [c.source] : [])));
    // External references are named as such, after the documents.
    const external = [...new Set(citations.flatMap((c) => (c.kind === "external" ? [`${c.publisher}, ${c.title} (${c.year})`] : [])))];
    const sources = [...data.sources.filter((s) => cited.has(s.key)).map((s) => sourceLabel(s, state.lang)), ...external];
    return { body: matrixSvg(matrix, BODY_WIDTH, notes, t("matrix.silent")), title: t("matrix.title"), notes: [], sources };
  }
  const model = CHART_BUILDERS[chart](data, state);
  const draw = {
    radar: () => radarSvg(model.data as RadarData, BODY_WIDTH, notes),
    "development-model": () => developmentModelSvg(model.data as DevelopmentModelData, BODY_WIDTH, notes, [t("charts.developmentModel.bottomUp"), t("charts.developmentModel.topDown")]),
    indicators: () => indicatorsSvg(model.data as IndicatorsData, BODY_WIDTH, notes),
    actors: () => actorsSvg(model.data as ActorsData, BODY_WIDTH, notes),
    timeline: () => lanesSvg((model.data as LanesModelData).chart, BODY_WIDTH, notes),
    "data-laws": () => lanesSvg((model.data as LanesModelData).chart, BODY_WIDTH, notes),
  }[chart];
  const empty = { svg: text(0, 24, t("charts.empty"), { size: 15, fill: "#5b6475" }), width: BODY_WIDTH, height: 40 };
  return { body: model.empty ? empty : draw(), title: model.title, notes: model.notes, sources: model.sources };
}

export const countriesLine = (data: Dataset, state: ViewState) => formatList(state.countries.map((c) => countryName(data, c, state.lang)), state.lang);
