import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "@/lib/csv/options";
import type { ChartTable } from "@/lib/charts/types";

/**
 * A table view as CSV: the header row is the table's column labels, then its rows exactly, with
 * empty fields where the table shows "—". A byte-order mark lets spreadsheet programs read the
 * Chinese text as UTF-8; cells that would start a formula are escaped.
 */
export function tableCsv(table: ChartTable, version?: { label: string; number: number }): string {
  const cells = (row: ChartTable["rows"][number]) => table.columns.map((c) => row[c.key] ?? "");
  // The dataset version as a last column, so a figure pasted elsewhere still names its state.
  const rows = table.rows.map((row) =>
    version ? [...cells(row), String(version.number)] : cells(row),
  );
  const header = table.columns.map((c) => c.label);
  return stringify([version ? [...header, version.label] : header, ...rows], CSV_OPTIONS);
}
