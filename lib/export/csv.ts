import { stringify } from "csv-stringify/sync";
import type { ChartTable } from "@/lib/charts/types";

/**
 * A table view as CSV: the header row is the table's column labels, then its rows exactly, with
 * empty fields where the table shows "—". A byte-order mark lets spreadsheet programs read the
 * Chinese text as UTF-8; cells that would start a formula are escaped.
 */
export function tableCsv(table: ChartTable): string {
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? ""));
  return stringify([table.columns.map((c) => c.label), ...rows], {
    bom: true,
    escape_formulas: true,
  });
}
