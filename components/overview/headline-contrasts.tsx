import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { buildOverview } from "@/lib/views/overview";
import { CountryHead } from "@/components/ui/country-head";

type Overview = ReturnType<typeof buildOverview>;

/** The four headline contrasts, one row each, a column per selected country. */
export async function HeadlineContrasts({ overview, lang }: { overview: Overview; lang: Lang }) {
  const locale = LOCALE_OF[lang];
  const t = await getTranslations({ locale, namespace: "overview" });
  const te = await getTranslations({ locale, namespace: "common.evidence" });
  return (
    <section className="card" aria-labelledby="contrasts-title">
      <h2 id="contrasts-title">{t("contrasts")}</h2>
      <div className="matrix-scroll">
        <table className="contrasts" data-testid="contrasts">
          <CountryHead first={t("dimension")} countries={overview.countries} />
          <tbody>
            {overview.headlines.map((h) => (
              <tr key={h.key} data-dimension={h.key}>
                <th scope="row">{h.name}</th>
                {h.cells.map((cell) => (
                  <td key={cell.country} data-country={cell.country}>
                    {cell.summary === null ? (
                      <p className="silent">{te("noEvidence")}</p>
                    ) : (
                      <>
                        {cell.levelLabel && (
                          <span className={`chip level-${cell.tone}`}>{cell.levelLabel}</span>
                        )}
                        <p className="cell-summary">{cell.summary}</p>
                      </>
                    )}
                    {h.key === "data-governance" && (
                      <div className="rules">
                        <h3 className="sr-only">{t("rules")}</h3>
                        {cell.rules.length ? (
                          <ul>
                            {cell.rules.map((r) => (
                              <li key={r.key}>
                                <a href={r.href}>
                                  <span className="muted">{r.date}</span> {r.title}
                                </a>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="muted">{t("noRules")}</p>
                        )}
                      </div>
                    )}
                    <Link href={cell.href} className="small-link">
                      {cell.citations > 0
                        ? `${t("matrixLink")} · ${te("citations", { count: cell.citations })}`
                        : t("matrixOpen")}
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
