import type { ReactNode } from "react";
import type { Dataset } from "@/lib/dataset/schema";
import type { ChartKey, ViewState } from "@/lib/view-state/state";
import { buildDevelopmentModel } from "@/lib/views/charts/development-model";
import { buildRadar } from "@/lib/views/charts/radar";
import type { ChartModel } from "@/lib/views/charts/types";
import { DevelopmentModelChart } from "./development-model-chart";
import { RadarChartView } from "./radar-chart";

interface ChartEntry<D> {
  build: (data: Dataset, state: ViewState) => ChartModel<D>;
  render: (model: ChartModel<D>, state: ViewState) => ReactNode;
}

const entry = <D,>(e: ChartEntry<D>) => e as ChartEntry<unknown>;

/** Every chart by its stable key: how its model is built on the server, and how it is drawn. */
export const CHARTS: Partial<Record<ChartKey, ChartEntry<unknown>>> = {
  radar: entry({ build: buildRadar, render: (m) => <RadarChartView data={m.data} /> }),
  "development-model": entry({ build: buildDevelopmentModel, render: (m) => <DevelopmentModelChart data={m.data} /> }),
};
