import type { ReactNode } from "react";
import type { Dataset } from "@/lib/dataset/schema";
import type { ChartKey, ViewState } from "@/lib/view-state/state";
import type { LanesModelData } from "@/lib/views/charts/lanes";
import { CHART_BUILDERS } from "@/lib/views/charts/builders";
import type { ChartModel } from "@/lib/views/charts/types";
import { pointCounts, type ChartMarks } from "@/lib/annotations/marks";
import { ActorDetails } from "./actor-details";
import { ActorsChart } from "./actors-chart";
import { DataLawsChart } from "./data-laws-chart";
import { DevelopmentModelChart } from "./development-model-chart";
import { EventDetails } from "./event-details";
import { IndicatorsChart } from "./indicators-chart";
import { LanesToolbar } from "./lanes-toolbar";
import { ObservationDetails } from "./observation-details";
import { RadarChartView } from "./radar-chart";
import { TimelineChart } from "./timeline-chart";

interface ChartEntry<D> {
  build: (data: Dataset, state: ViewState) => ChartModel<D>;
  /** `marks`: the chart's annotation markers (points, ranges, events). */
  render: (model: ChartModel<D>, state: ViewState, marks: ChartMarks) => ReactNode;
  /** Controls above the drawing, server-rendered outside the (aria-hidden) chart, in chart and table view. */
  toolbar?: (model: ChartModel<D>, state: ViewState, path: string) => ReactNode;
  /** The focused item's details, rendered on the server beside the chart; null when nothing is focused. */
  details?: (model: ChartModel<D>, state: ViewState, path: string) => ReactNode;
  /** Its marks are labelled controls (buttons), so the drawing is not hidden from screen readers. */
  interactive?: boolean;
}

const entry = <D,>(e: ChartEntry<D>) => e as ChartEntry<unknown>;

// The year controls, and the hint towards the first event while none is focused, go above the
// drawing; a focused (or missing) event's details beside it.
const lanesParts = {
  toolbar: (m: ChartModel<LanesModelData>, s: ViewState, path: string) => (
    <>
      <LanesToolbar model={m} state={s} />
      {m.data.focus.status === "none" && <EventDetails focus={m.data.focus} state={s} path={path} />}
    </>
  ),
  details: (m: ChartModel<LanesModelData>, s: ViewState, path: string) =>
    m.data.focus.status === "none" ? null : <EventDetails focus={m.data.focus} state={s} path={path} />,
};

/** Every chart by its stable key: how its model is built on the server, and how it is drawn. */
export const CHARTS: Record<ChartKey, ChartEntry<unknown>> = {
  radar: entry({ build: CHART_BUILDERS.radar, render: (m, _s, marks) => <RadarChartView data={m.data} notes={pointCounts(marks)} /> }),
  "development-model": entry({ build: CHART_BUILDERS["development-model"], render: (m, _s, marks) => <DevelopmentModelChart data={m.data} notes={pointCounts(marks)} /> }),
  timeline: entry({ build: CHART_BUILDERS.timeline, render: (m, s, marks) => <TimelineChart data={m.data.chart} state={s} marks={marks} />, ...lanesParts }),
  "data-laws": entry({ build: CHART_BUILDERS["data-laws"], render: (m, s, marks) => <DataLawsChart data={m.data.chart} state={s} marks={marks} />, ...lanesParts }),
  indicators: entry({
    interactive: true,
    build: CHART_BUILDERS.indicators,
    render: (m, state, marks) => <IndicatorsChart panels={m.data.panels} silent={m.data.silent} state={state} notes={pointCounts(marks)} />,
    details: (m, state, path) => (m.data.focus || m.data.focusMissing ? <ObservationDetails data={m.data} state={state} path={path} /> : null),
  }),
  actors: entry({
    interactive: true,
    build: CHART_BUILDERS.actors,
    render: (m, state, marks) => <ActorsChart types={m.data.types} counts={m.data.counts} groups={m.data.groups} state={state} notes={pointCounts(marks)} />,
    details: (m, state, path) => (m.data.focus || m.data.focusMissing ? <ActorDetails data={m.data} state={state} path={path} /> : null),
  }),
};
