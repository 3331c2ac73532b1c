import type { ReactNode } from "react";
import type { Dataset } from "@/lib/dataset/schema";
import type { ChartKey, ViewState } from "@/lib/view-state/state";
import { buildDataLaws } from "@/lib/views/charts/data-laws";
import { buildDevelopmentModel } from "@/lib/views/charts/development-model";
import type { LanesModelData } from "@/lib/views/charts/lanes";
import { buildRadar } from "@/lib/views/charts/radar";
import { buildTimeline } from "@/lib/views/charts/timeline";
import type { ChartModel } from "@/lib/views/charts/types";
import { DataLawsChart } from "./data-laws-chart";
import { DevelopmentModelChart } from "./development-model-chart";
import { EventDetails } from "./event-details";
import { LanesToolbar } from "./lanes-toolbar";
import { RadarChartView } from "./radar-chart";
import { TimelineChart } from "./timeline-chart";

interface ChartEntry<D> {
  build: (data: Dataset, state: ViewState) => ChartModel<D>;
  render: (model: ChartModel<D>, state: ViewState) => ReactNode;
  /** Optional, server-rendered outside the (aria-hidden) drawing, in chart and table view: controls above it, a details panel below. */
  toolbar?: (model: ChartModel<D>, state: ViewState) => ReactNode;
  details?: (model: ChartModel<D>, state: ViewState) => ReactNode;
}

const entry = <D,>(e: ChartEntry<D>) => e as ChartEntry<unknown>;

const lanesParts = {
  toolbar: (m: ChartModel<LanesModelData>, s: ViewState) => <LanesToolbar model={m} state={s} />,
  details: (m: ChartModel<LanesModelData>, s: ViewState) => <EventDetails focus={m.data.focus} state={s} path={`/charts/${m.key}`} />,
};

/** Every chart by its stable key: how its model is built on the server, and how it is drawn. */
export const CHARTS: Partial<Record<ChartKey, ChartEntry<unknown>>> = {
  radar: entry({ build: buildRadar, render: (m) => <RadarChartView data={m.data} /> }),
  "development-model": entry({ build: buildDevelopmentModel, render: (m) => <DevelopmentModelChart data={m.data} /> }),
  timeline: entry({ build: (d, s) => buildTimeline(d, s), render: (m, s) => <TimelineChart data={m.data.chart} state={s} />, ...lanesParts }),
  "data-laws": entry({ build: (d, s) => buildDataLaws(d, s), render: (m, s) => <DataLawsChart data={m.data.chart} state={s} />, ...lanesParts }),
};
