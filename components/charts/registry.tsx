import type { ReactElement, ReactNode } from "react";
import type { ChartAnnotations, MarkerTexts } from "@/lib/charts/annotations";
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
import { MatrixDrawing } from "@/lib/charts/matrix/drawing";
import { matrixLayout } from "@/lib/charts/matrix/layout";
import { buildMatrix, type MatrixData, type MatrixExtras } from "@/lib/charts/matrix/model";
import { RadarDrawing } from "@/lib/charts/radar/drawing";
import { radarLayout } from "@/lib/charts/radar/layout";
import { buildRadar, type RadarData } from "@/lib/charts/radar/model";
import { buildTimeline } from "@/lib/charts/timeline/model";
import type { ChartModel, ChartTarget } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { ActorDetails } from "./actor-details";
import { EventDetails } from "./event-details";
import { LanesChart } from "./lanes/lanes-chart";
import { LanesToolbar } from "./lanes-toolbar";
import { ObservationDetails } from "./observation-details";
import { ActorsScreen } from "./screens/actors";
import { DevelopmentModelScreen } from "./screens/development-model";
import { IndicatorsScreen } from "./screens/indicators";
import { RadarScreen } from "./screens/radar";

/**
 * One definition per chart (and the matrix), by its stable key: how its view model is built, its
 * geometry at a width, the drawing of its exported image, and how the screen draws it. The marks
 * of both drawings come from lib/charts/<key>/ and carry the same `data-mark` keys.
 */
/** What a view knows besides the dataset (the reviewed marks of the published facts); charts may ignore it. */
export type ChartExtras = MatrixExtras;

export interface ChartEntry<D = unknown, L = unknown> {
  build: (data: Dataset, state: ViewState, extras?: ChartExtras) => ChartModel<D>;
  layout: (model: ChartModel<D>, width: number) => L & { height: number };
  /** The chart in an exported image, with its annotation markers. */
  exportBody: (
    layout: L,
    markers: MarkerTexts,
    model: ChartModel<D>,
    state: ViewState,
  ) => ReactElement;
  /** The chart on screen, with the annotations the reader can see and the page's tools (the Export menu). */
  screen: (
    model: ChartModel<D>,
    state: ViewState,
    path: string,
    annotations: ChartAnnotations,
    tools?: ReactNode,
  ) => ReactNode;
  /** Controls above the drawing, server-rendered outside the (aria-hidden) chart, in chart and table view. */
  toolbar?: (model: ChartModel<D>, state: ViewState, path: string) => ReactNode;
  /** The focused item's details, rendered on the server beside the chart; null when nothing is focused. */
  details?: (model: ChartModel<D>, state: ViewState, path: string) => ReactNode;
  /** Its marks are labelled controls (buttons), so the drawing is not hidden from screen readers. */
  interactive?: boolean;
}

const entry = <D, L>(e: ChartEntry<D, L>) => e as unknown as ChartEntry;

// The year controls, and the hint towards the first event while none is focused, go above the
// drawing; a focused (or missing) event's details beside it.
const lanes = (build: (data: Dataset, state: ViewState) => ChartModel<LanesModelData>) =>
  entry<LanesModelData, ReturnType<typeof lanesGeometry>>({
    build: (data, state) => build(data, state),
    layout: (m, width) => lanesGeometry(m.data.chart, { width, legend: true }),
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
  matrix: entry<MatrixData, ReturnType<typeof matrixLayout>>({
    build: (data, state, extras) => buildMatrix(data, state, extras),
    layout: (m, width) => matrixLayout(m.data, width),
    exportBody: (l, markers, _m, s) => (
      <MatrixDrawing layout={l} silent={translator(s.lang)("matrix.silent")} markers={markers} />
    ),
    screen: (m, s, path, annotations, tools) => (
      <ComparisonMatrix
        matrix={m.data}
        state={s}
        path={path}
        annotations={annotations}
        tools={tools}
      />
    ),
  }),
};
