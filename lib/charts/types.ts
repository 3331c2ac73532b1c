import type { ChartKey } from "@/lib/view-state/state";

/** What can be exported and is in the chart registry: the charts, and the matrix. */
export type ChartTarget = ChartKey | "matrix";

/** The dashboard page that shows a chart (or the matrix): its view, as annotations scope it. */
export const chartPath = (chart: ChartTarget) =>
  chart === "matrix" ? "/matrix" : `/charts/${chart}`;

/** A column of a chart's table view; `key` is stable (CSV headers and tests use it). */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** The table view of a chart: the same data as the marks, and what a screen reader reads. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
  /** Per row, the `focus` that opens its evidence (`event:…`, `observation:…`, `actor:…`)… */
  rowFocus?: string[];
  /** …linked from this column's cell. */
  focusColumn?: string;
}

/**
 * What a chart page renders: everything localised on the server, and only the selected
 * countries' data, so the browser never receives the whole dataset.
 */
export interface ChartModel<D> {
  key: ChartTarget;
  title: string;
  description: string;
  /** Documents cited by the data shown, for the caption. */
  sources: string[];
  /** Caveats the reader must see: silent or garbled sources, countries with no data. */
  caveats: string[];
  /**
   * The key of every mark the chart draws (see lib/charts/mark-keys.ts): the screen and the
   * exported image carry the same keys as `data-mark`.
   */
  marks: string[];
  table: ChartTable;
  /** True when the selection has nothing to draw; the page then shows an empty state. */
  empty: boolean;
  data: D;
}
