import type { ReactElement, ReactNode } from "react";
import type { ChartAnnotations, MarkerTexts } from "@/lib/charts/annotations";
import type { MatrixExtras } from "@/lib/charts/matrix/model";
import type { ChartModel } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import type { ViewState } from "@/lib/view-state/state";

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

export const entry = <D, L>(e: ChartEntry<D, L>) => e as unknown as ChartEntry;
