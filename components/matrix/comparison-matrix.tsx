import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ChartAnnotations } from "@/lib/charts/annotations";
import { assessmentMark } from "@/lib/charts/mark-keys";
import { MarkBadge } from "@/components/annotations/live-markers";
import { LOCALE_OF } from "@/lib/i18n/lang";
import type { MatrixData } from "@/lib/charts/matrix/model";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { DimensionFilter } from "./dimension-filter";
import { LevelChip } from "./level-chip";
import { LevelLegend } from "./level-legend";
import { ReviewedChip } from "./reviewed-chip";
import { CountryHead } from "@/components/ui/country-head";

/** Dimensions × countries: each cell a mark and a link that opens its details (keyboard: Tab to a cell, Enter). */
export async function ComparisonMatrix({
  matrix,
  state,
  path,
  annotations,
  tools,
}: {
  matrix: MatrixData;
  state: ViewState;
  path: string;
  annotations: ChartAnnotations;
  tools?: ReactNode;
}) {
  const locale = LOCALE_OF[state.lang];
  const t = await getTranslations({ locale, namespace: "matrix" });
  const te = await getTranslations({ locale, namespace: "common.evidence" });
  const toggleHref = (dims: string[] | null) => viewHref(path, state, { dims, focus: null });
  return (
    <section className="matrix-main" aria-labelledby="matrix-title">
      <div className="chart-head">
        <div>
          <h1 id="matrix-title">{t("title")}</h1>
          <p className="muted">{t("description")}</p>
        </div>
        <div className="head-tools">
          <DimensionFilter matrix={matrix} lang={state.lang} toggleHref={toggleHref} />
          {tools}
        </div>
      </div>
      <LevelLegend lang={state.lang} />
      <div className="matrix-scroll">
        <table className="matrix" data-testid="matrix">
          <CountryHead first={t("dimension")} countries={matrix.countries} />
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.key} data-dimension={row.key}>
                <th scope="row">
                  <span className="dim-name">{row.name}</span>
                  <span className="dim-desc muted">{row.description}</span>
                </th>
                {row.cells.map((cell) => {
                  const mark = assessmentMark(cell.country, cell.dimension);
                  return (
                    <td
                      key={cell.country}
                      className={cell.focused ? "focused" : undefined}
                      data-cell={`${cell.country}:${cell.dimension}`}
                      data-mark={mark}
                    >
                      <Link
                        href={cell.href}
                        scroll={false}
                        className="cell-link"
                        aria-current={cell.focused ? "true" : undefined}
                        data-testid={`cell-${cell.country}-${cell.dimension}`}
                      >
                        {cell.summary === null ? (
                          <span className="silent">{t("silent")}</span>
                        ) : (
                          <>
                            {cell.level !== null && row.scaleMax !== null && cell.tone !== null && (
                              <LevelChip tone={cell.tone} testId="level-chip">
                                {t("level", { level: cell.level, max: row.scaleMax })} ·{" "}
                                {cell.levelLabel}
                              </LevelChip>
                            )}
                            <span className="cell-summary">{cell.summary}</span>
                            <span className="cell-count muted">
                              {te("citations", { count: cell.citations })}
                            </span>
                            {cell.reviewed && (
                              <ReviewedChip reviewed={cell.reviewed} lang={state.lang} />
                            )}
                          </>
                        )}
                        <MarkBadge
                          mark={mark}
                          initial={annotations.counts[mark] ?? 0}
                          testId={`annotations-${cell.country}-${cell.dimension}`}
                        />
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
