import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { buildMatrix } from "@/lib/views/matrix";
import { DimensionFilter } from "./dimension-filter";
import { LevelLegend } from "./level-legend";

type Matrix = ReturnType<typeof buildMatrix>;

/** Dimensions × countries: each cell a link that opens its details (keyboard: Tab to a cell, Enter). */
export async function ComparisonMatrix({ matrix, toggleHref, counts = {}, tools }: { matrix: Matrix; toggleHref: (dims: string[] | null) => string; counts?: Record<string, number>; tools?: ReactNode }) {
  const t = await getTranslations("matrix");
  const te = await getTranslations("common.evidence");
  const ta = await getTranslations("annotations");
  return (
    <section className="matrix-main" aria-labelledby="matrix-title">
      <div className="chart-head">
        <div>
          <h1 id="matrix-title">{t("title")}</h1>
          <p className="muted">{t("description")}</p>
        </div>
        <div className="head-tools">
          <DimensionFilter matrix={matrix} toggleHref={toggleHref} />
          {tools}
        </div>
      </div>
      <LevelLegend />
      <div className="matrix-scroll">
        <table className="matrix" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col">{t("dimension")}</th>
              {matrix.countries.map((c) => <th key={c.key} scope="col">{c.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.key} data-dimension={row.key}>
                <th scope="row">
                  <span className="dim-name">{row.name}</span>
                  <span className="dim-desc muted">{row.description}</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.country} className={cell.focused ? "focused" : undefined} data-cell={`${cell.country}:${cell.dimension}`}>
                    <Link href={cell.href} scroll={false} className="cell-link" aria-current={cell.focused ? "true" : undefined} data-testid={`cell-${cell.country}-${cell.dimension}`}>
                      {cell.summary === null ? (
                        <span className="silent">{t("silent")}</span>
                      ) : (
                        <>
                          {cell.level !== null && row.scaleMax !== null && (
                            <span className={`chip level-${cell.tone}`} data-testid="level-chip">
                              {t("level", { level: cell.level, max: row.scaleMax })} · {cell.levelLabel}
                            </span>
                          )}
                          <span className="cell-summary">{cell.summary}</span>
                          <span className="cell-count muted">{te("citations", { count: cell.citations })}</span>
                        </>
                      )}
                      {(counts[`matrix-cell:${cell.country}:${cell.dimension}`] ?? 0) > 0 && (
                        <span className="annotation-badge" data-testid={`annotations-${cell.country}-${cell.dimension}`}>
                          {ta("count", { count: counts[`matrix-cell:${cell.country}:${cell.dimension}`] })}
                        </span>
                      )}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
