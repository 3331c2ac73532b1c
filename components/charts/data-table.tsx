import type { ChartTable } from "@/lib/views/charts/types";

export function DataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <table className="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>{c.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {table.columns.map((c) => <td key={c.key} className={c.numeric ? "num" : undefined}>{row[c.key] ?? "—"}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
