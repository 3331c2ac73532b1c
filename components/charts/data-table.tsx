import Link from "next/link";
import type { ChartTable } from "@/lib/charts/types";

/** A chart's table view. With `focusHref`, a row's `focusColumn` cell links to that row's evidence. */
export function DataTable({
  table,
  caption,
  focusHref,
}: {
  table: ChartTable;
  caption: string;
  focusHref?: (focus: string) => string;
}) {
  return (
    <table className="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => {
          const focus = table.rowFocus?.[i];
          return (
            <tr key={i}>
              {table.columns.map((c) => (
                <td key={c.key} className={c.numeric ? "num" : undefined}>
                  {c.key === table.focusColumn && focus && focusHref ? (
                    <Link href={focusHref(focus)} scroll={false}>
                      {row[c.key] ?? "—"}
                    </Link>
                  ) : (
                    (row[c.key] ?? "—")
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
