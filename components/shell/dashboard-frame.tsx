import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ViewContext } from "@/lib/views/context";
import { countryName } from "@/lib/views/localize";
import { CHART_KEYS, viewHref, type ChartKey } from "@/lib/view-state/state";
import { LiveRefresh } from "@/components/annotations/live-refresh";
import { ViewAnnotations } from "@/components/annotations/view-annotations";
import { AccountMenu } from "./account-menu";
import { CountryPicker } from "./country-picker";
import { LanguageSwitch } from "./language-switch";
import { StateNotices } from "./state-notices";

export type ActiveView = "overview" | "matrix" | ChartKey | "sources";

/**
 * The dashboard's frame: navigation, country picker, the view's annotations, language, account,
 * and what the URL asked for that was ignored. Annotation changes refresh the view live.
 */
export async function DashboardFrame({ context, active, children }: { context: ViewContext; active: ActiveView; children: ReactNode }) {
  const { user, data, state, problems, path, lang } = context;
  const t = await getTranslations("common");
  const tc = await getTranslations("charts");
  // Moving to another view keeps countries, dimensions and language; the highlight and zoom belong to a view.
  const link = (to: string) => viewHref(to, state, { focus: null, view: "chart", from: null, to: null });
  const current = (view: ActiveView) => (view === active ? ("page" as const) : undefined);
  const isChart = (CHART_KEYS as readonly string[]).includes(active);
  return (
    <>
      <a className="skip-link" href="#main">{t("skipToContent")}</a>
      <header className="topbar">
        <a className="brand" href={link("/")}>{t("product")}</a>
        <nav aria-label={t("nav.label")} className="tabs">
          <a href={link("/")} aria-current={current("overview")}>{t("nav.overview")}</a>
          <a href={link("/matrix")} aria-current={current("matrix")}>{t("nav.matrix")}</a>
          <a href={link("/charts/radar")} aria-current={isChart ? "page" : undefined}>{t("nav.charts")}</a>
          <a href={link("/sources")} aria-current={current("sources")}>{t("nav.sources")}</a>
        </nav>
        <div className="tools">
          <CountryPicker
            path={path}
            state={state}
            countries={data.countries.map((c) => ({ key: c.key, name: countryName(data, c.key, lang), other: lang === "zh" ? c.nameEn : c.nameZh, coverage: c.coverage }))}
          />
          <ViewAnnotations context={context} />
          <LanguageSwitch path={path} state={state} />
          <AccountMenu user={user} lang={lang} />
        </div>
      </header>
      {isChart && (
        <nav aria-label={tc("navLabel")} className="subtabs">
          {CHART_KEYS.map((key) => (
            <a key={key} href={link(`/charts/${key}`)} aria-current={current(key)}>{tc(`titles.${key}`)}</a>
          ))}
        </nav>
      )}
      <p className="selection" data-testid="selection">
        {state.countries.map((key) => (
          <span key={key} className="country-chip" data-country={key}>{countryName(data, key, lang)}</span>
        ))}
      </p>
      <StateNotices problems={problems} />
      <main id="main" tabIndex={-1} className="dashboard">{children}</main>
      <LiveRefresh since={context.since} />
    </>
  );
}
