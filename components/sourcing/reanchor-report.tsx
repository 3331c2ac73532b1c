"use client";

import { useLocale, useTranslations } from "next-intl";
import { buildReanchorReport, type ReanchorAnswer } from "@/lib/views/sourcing/reanchor";

/** What became of the old version's citations: found in place, moved, or lost (listed with their facts). */
export function ReanchorReportView({
  sourceKey,
  version,
  answer,
  factLabels,
}: {
  sourceKey: string;
  version: number;
  answer: ReanchorAnswer | null;
  factLabels: Record<string, string>;
}) {
  const t = useTranslations("sourcing.report");
  const lang = useLocale() === "en" ? "en" : "zh";
  const report = answer ? buildReanchorReport(answer, factLabels, lang) : null;
  return (
    <section className="card reanchor-report" role="status" data-testid="reanchor-report">
      <h2>{t("title", { version })}</h2>
      {report && report.total > 0 ? (
        <>
          <ul className="reanchor-counts">
            <li data-status="anchored">
              <strong>{report.anchored}</strong> {t("anchored")}
            </li>
            <li data-status="moved">
              <strong>{report.moved}</strong> {t("moved")}
            </li>
            <li data-status="orphaned">
              <strong>{report.orphaned}</strong> {t("orphaned")}
            </li>
          </ul>
          {report.requestHref && (
            <p>
              {t("requestHelp")} <a href={report.requestHref}>{t("request")}</a>
            </p>
          )}
          {report.orphans.length > 0 && (
            <>
              <h3>{t("orphansTitle")}</h3>
              <ul className="orphan-list">
                {report.orphans.map((o, i) => (
                  <li key={`${o.factKey}-${i}`}>
                    <a href={o.historyHref}>{o.label}</a>
                    <blockquote>{o.quote}</blockquote>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t("noCitations")}</p>
      )}
      <p className="fact-links">
        <a href={`/sources/${sourceKey}?lang=${lang}&sv=${version}`}>{t("open")}</a>
      </p>
    </section>
  );
}
