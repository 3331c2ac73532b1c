import type { Dataset } from "@/lib/dataset/schema";
import type { ChartKey, ViewState } from "@/lib/view-state/state";
import { buildActors } from "./actors";
import { buildDataLaws } from "./data-laws";
import { buildDevelopmentModel } from "./development-model";
import { buildIndicators } from "./indicators";
import { buildRadar } from "./radar";
import { buildTimeline } from "./timeline";
import type { ChartModel } from "./types";

/** How each chart's model is built from the dataset and the view state: the chart pages (through the registry) and the exports share it. */
export const CHART_BUILDERS = {
  radar: buildRadar,
  "development-model": buildDevelopmentModel,
  timeline: (d: Dataset, s: ViewState) => buildTimeline(d, s),
  "data-laws": (d: Dataset, s: ViewState) => buildDataLaws(d, s),
  indicators: buildIndicators,
  actors: buildActors,
} satisfies Record<ChartKey, (data: Dataset, state: ViewState) => ChartModel<unknown>>;
