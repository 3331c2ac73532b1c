import type { Dataset } from "@/lib/dataset/schema";
import type { ViewState } from "@/lib/view-state/state";
import { CHART_BUILDERS } from "@/lib/views/charts/builders";
import type { ChartTable } from "@/lib/views/charts/types";
import { matrixTable } from "./matrix-table";
import type { ExportTarget } from "./request";

/** The table an export carries: the chart's own table view, or the matrix as rows. */
export function exportTable(chart: ExportTarget, data: Dataset, state: ViewState): { title: string; table: ChartTable } {
  if (chart === "matrix") return matrixTable(data, state);
  const model = CHART_BUILDERS[chart](data, state);
  return { title: model.title, table: model.table };
}
