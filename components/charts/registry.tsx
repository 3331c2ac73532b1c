import { ActorsDrawing } from "@/lib/charts/actors/drawing";
import { actorsLayout } from "@/lib/charts/actors/layout";
import { buildActors, type ActorsData } from "@/lib/charts/actors/model";
import { buildDataLaws } from "@/lib/charts/data-laws/model";
import { DevelopmentModelDrawing } from "@/lib/charts/development-model/drawing";
import { developmentModelLayout } from "@/lib/charts/development-model/layout";
import {
  buildDevelopmentModel,
  type DevelopmentModelData,
} from "@/lib/charts/development-model/model";
import { IndicatorsDrawing } from "@/lib/charts/indicators/drawing";
import { indicatorsLayout } from "@/lib/charts/indicators/layout";
import { buildIndicators, type IndicatorsData } from "@/lib/charts/indicators/model";
import { LanesDrawing } from "@/lib/charts/lanes/drawing";
import { lanesGeometry } from "@/lib/charts/lanes/layout";
import type { LanesModelData } from "@/lib/charts/lanes/model";
import { RadarDrawing } from "@/lib/charts/radar/drawing";
import { radarLayout } from "@/lib/charts/radar/layout";
import { buildRadar, type RadarData } from "@/lib/charts/radar/model";
import { buildTimeline } from "@/lib/charts/timeline/model";
import type { ChartModel, ChartTarget } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { ActorDetails } from "./actor-details";
import { EventDetails } from "./event-details";
import { LanesChart } from "./lanes/lanes-chart";
import { LanesToolbar } from "./lanes-toolbar";
import { ObservationDetails } from "./observation-details";
import { ActorsScreen } from "./screens/actors";
import { DevelopmentModelScreen } from "./screens/development-model";
import { IndicatorsScreen } from "./screens/indicators";
import { RadarScreen } from "./screens/radar";
import { entry, type ChartEntry } from "./entry";
import { MATRIX_ENTRY } from "./entries/matrix";

export type { ChartEntry, ChartExtras } from "./entry";

/**
 * Every chart (and the matrix) by its stable key. A page that draws one chart only imports its
 * entry (entries/), so it does not load the other charts' code.
 */

// The year controls, and the hint towards the first event while none is focused, go above the
// drawing; a focused (or missing) event's details beside it.
const lanes = (build: (data: Dataset, state: ViewState) => ChartModel<LanesModelData>) =>
  entry<LanesModelData, ReturnType<typeof lanesGeometry>>({
    build: (data, state) => build(data, state),
    layout: (m, width) => lanesGeometry(m.data.chart, { width, legend: true, labels: true }),
    exportBody: (g, markers, m) => <LanesDrawing geometry={g} chart={m.key} markers={markers} />,
    screen: (m, s, path, annotations) => (
      <LanesChart data={m.data.chart} state={s} path={path} annotations={annotations} />
    ),
    toolbar: (m, s, path) => (
      <>
        <LanesToolbar model={m} state={s} />
        {m.data.focus.status === "none" && (
          <EventDetails focus={m.data.focus} state={s} path={path} />
        )}
      </>
    ),
    details: (m, s, path) =>
      m.data.focus.status === "none" ? null : (
        <EventDetails focus={m.data.focus} state={s} path={path} />
      ),
  });

export const CHARTS: Record<ChartTarget, ChartEntry> = {
  radar: entry<RadarData, ReturnType<typeof radarLayout>>({
    build: buildRadar,
    layout: (m, width) => radarLayout(m.data, width),
    exportBody: (l, markers) => <RadarDrawing layout={l} markers={markers} />,
    screen: (m, _s, _path, annotations) => <RadarScreen data={m.data} annotations={annotations} />,
  }),
  "development-model": entry<DevelopmentModelData, ReturnType<typeof developmentModelLayout>>({
    build: buildDevelopmentModel,
    layout: (m, width) => developmentModelLayout(m.data, width),
    exportBody: (l, markers, _m, s) => {
      const t = translator(s.lang);
      return (
        <DevelopmentModelDrawing
          layout={l}
          ends={[t("charts.developmentModel.bottomUp"), t("charts.developmentModel.topDown")]}
          markers={markers}
        />
      );
    },
    screen: (m, _s, _path, annotations) => (
      <DevelopmentModelScreen data={m.data} annotations={annotations} />
    ),
  }),
  timeline: lanes(buildTimeline),
  "data-laws": lanes(buildDataLaws),
  indicators: entry<IndicatorsData, ReturnType<typeof indicatorsLayout>>({
    interactive: true,
    build: buildIndicators,
    layout: (m, width) => indicatorsLayout(m.data, width),
    exportBody: (l, markers) => <IndicatorsDrawing layout={l} markers={markers} />,
    screen: (m, s, _path, annotations) => (
      <IndicatorsScreen
        panels={m.data.panels}
        silent={m.data.silent}
        state={s}
        annotations={annotations}
      />
    ),
    details: (m, s, path) =>
      m.data.focus || m.data.focusMissing ? (
        <ObservationDetails data={m.data} state={s} path={path} />
      ) : null,
  }),
  actors: entry<ActorsData, ReturnType<typeof actorsLayout>>({
    interactive: true,
    build: buildActors,
    layout: (m, width) => actorsLayout(m.data, width),
    exportBody: (l, markers) => <ActorsDrawing layout={l} markers={markers} />,
    screen: (m, s, _path, annotations) => (
      <ActorsScreen
        types={m.data.types}
        counts={m.data.counts}
        groups={m.data.groups}
        state={s}
        annotations={annotations}
      />
    ),
    details: (m, s, path) =>
      m.data.focus || m.data.focusMissing ? (
        <ActorDetails data={m.data} state={s} path={path} />
      ) : null,
  }),
  matrix: MATRIX_ENTRY,
};
