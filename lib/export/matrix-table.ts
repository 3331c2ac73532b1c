import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import type { ChartTable } from "@/lib/views/charts/types";
import { buildMatrix } from "@/lib/views/matrix";

/** The matrix as a table, one row per dimension and country, in the matrix's order and filter. */
export function matrixTable(data: Dataset, state: ViewState): { title: string; table: ChartTable } {
  const t = translator(state.lang);
  const matrix = buildMatrix(data, state);
  const names = new Map(matrix.countries.map((c) => [c.key, c.name]));
  return {
    title: t("matrix.title"),
    table: {
      columns: [
        { key: "dimension", label: t("charts.columns.dimension") },
        { key: "country", label: t("charts.columns.country") },
        { key: "level", label: t("charts.columns.level"), numeric: true },
        { key: "position", label: t("charts.columns.position") },
        { key: "summary", label: t("charts.columns.summary") },
        { key: "citations", label: t("matrix.export.citations"), numeric: true },
      ],
      rows: matrix.rows.flatMap((row) =>
        row.cells.map((cell) => ({ dimension: row.name, country: names.get(cell.country) ?? cell.country, level: cell.level, position: cell.levelLabel, summary: cell.summary, citations: cell.citations })),
      ),
    },
  };
}
