import type { ReactNode } from "react";
import type { Dataset } from "@/lib/dataset/schema";
import type { ChartKey, ViewState } from "@/lib/view-state/state";
import { buildActors } from "@/lib/views/charts/actors";
import { buildDevelopmentModel } from "@/lib/views/charts/development-model";
import { buildIndicators } from "@/lib/views/charts/indicators";
import { buildRadar } from "@/lib/views/charts/radar";
import type { ChartModel } from "@/lib/views/charts/types";
import { ActorDetails } from "./actor-details";
import { ActorsChart } from "./actors-chart";
import { DevelopmentModelChart } from "./development-model-chart";
import { IndicatorsChart } from "./indicators-chart";
import { ObservationDetails } from "./observation-details";
import { RadarChartView } from "./radar-chart";

interface ChartEntry<D> {
  build: (data: Dataset, state: ViewState) => ChartModel<D>;
  render: (model: ChartModel<D>, state: ViewState) => ReactNode;
  /** The focused item's details, rendered on the server beside the chart; null when nothing is focused. */
  details?: (model: ChartModel<D>, state: ViewState, path: string) => ReactNode;
}

const entry = <D,>(e: ChartEntry<D>) => e as ChartEntry<unknown>;

/** Every chart by its stable key: how its model is built on the server, and how it is drawn. */
export const CHARTS: Partial<Record<ChartKey, ChartEntry<unknown>>> = {
  radar: entry({ build: buildRadar, render: (m) => <RadarChartView data={m.data} /> }),
  "development-model": entry({ build: buildDevelopmentModel, render: (m) => <DevelopmentModelChart data={m.data} /> }),
  indicators: entry({
    build: buildIndicators,
    render: (m, state) => <IndicatorsChart panels={m.data.panels} silent={m.data.silent} state={state} />,
    details: (m, state, path) => (m.data.focus || m.data.focusMissing ? <ObservationDetails data={m.data} state={state} path={path} /> : null),
  }),
  actors: entry({
    build: buildActors,
    render: (m, state) => <ActorsChart types={m.data.types} counts={m.data.counts} groups={m.data.groups} state={state} />,
    details: (m, state, path) => (m.data.focus || m.data.focusMissing ? <ActorDetails data={m.data} state={state} path={path} /> : null),
  }),
};
