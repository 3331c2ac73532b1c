import { getTranslations } from "next-intl/server";
import { LOCALE_OF } from "@/lib/i18n/lang";
import { CHART_KEYS, viewHref, type ViewState } from "@/lib/view-state/state";

/** A card per view, keeping the selection. */
export async function ViewLinks({ state }: { state: ViewState }) {
  const locale = LOCALE_OF[state.lang];
  const t = await getTranslations({ locale, namespace: "overview" });
  const tn = await getTranslations({ locale, namespace: "common.nav" });
  const tc = await getTranslations({ locale, namespace: "charts.titles" });
  const views = [
    { key: "matrix" as const, path: "/matrix", title: tn("matrix") },
    ...CHART_KEYS.map((key) => ({ key, path: `/charts/${key}`, title: tc(key) })),
    { key: "sources" as const, path: "/sources", title: tn("sources") },
  ];
  return (
    <section aria-labelledby="views-title">
      <h2 id="views-title">{t("views")}</h2>
      <ul className="view-cards">
        {views.map((v) => (
          <li key={v.key}>
            <a
              href={viewHref(v.path, state, { focus: null })}
              className="view-card"
              data-testid={`view-link-${v.key}`}
            >
              <strong>{v.title}</strong>
              <span className="muted">{t(`viewDescriptions.${v.key}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
