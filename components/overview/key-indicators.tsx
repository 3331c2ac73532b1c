import { getTranslations } from "next-intl/server";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { buildOverview } from "@/lib/views/overview";

export async function KeyIndicators({
  overview,
  lang,
}: {
  overview: ReturnType<typeof buildOverview>;
  lang: Lang;
}) {
  const t = await getTranslations({ locale: LOCALE_OF[lang], namespace: "overview" });
  return (
    <section className="card" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t("indicators")}</h2>
      {overview.indicators.length > 0 && (
        <div className="table-scroll">
          <table data-testid="key-indicators">
            <thead>
              <tr>
                <th scope="col">{t("indicator")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col" className="num">
                  {t("value")}
                </th>
                <th scope="col">{t("year")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.indicators.map((i) => (
                <tr key={i.key}>
                  <td>
                    <a href={i.href}>{i.name}</a>
                  </td>
                  <td>{i.country}</td>
                  <td className="num">{i.value}</td>
                  <td>{i.year}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overview.countriesWithoutIndicators.length > 0 && (
        <p className="muted">
          {t("noIndicators", { countries: overview.countriesWithoutIndicators.join(", ") })}
        </p>
      )}
    </section>
  );
}
