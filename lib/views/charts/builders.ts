import type { Dataset } from "@/lib/dataset/schema";
import type { ChartKey, ViewState } from "@/lib/view-state/state";
import { buildActors } from "./actors";
import { buildDataLaws } from "./data-laws";
import { buildDevelopmentModel } from "./development-model";
import { buildIndicators } from "./indicators";
import { buildRadar } from "./radar";
import { buildTimeline } from "./timeline";
import type { ChartModel } from "./types";

/** How each chart's model is built from the dataset and the view state: pages and exports share it. */
export const CHART_BUILDERS: Record<ChartKey, (data: Dataset, state: ViewState) => ChartModel<unknown>> = {
  radar: buildRadar,
  "development-model": buildDevelopmentModel,
  timeline: (d, s) => buildTimeline(d, s),
  "data-laws": (d, s) => buildDataLaws(d, s),
  indicators: buildIndicators,
  actors: buildActors,
};
