import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/annotations/live-refresh";
import { ViewAnnotations } from "@/components/annotations/view-annotations";
import { DatasetBanner } from "@/components/versions/dataset-banner";
import { countryName } from "@/lib/dataset/localize";
import type { ViewContext } from "@/lib/views/context";
import { CHART_KEYS, viewHref, type ChartKey } from "@/lib/view-state/state";
import { AppFrame } from "./app-frame";
import { CountryPicker } from "./country-picker";
import { StateNotices } from "./state-notices";
import { countryColor } from "@/lib/charts/style";

export type ActiveView = "overview" | "matrix" | ChartKey | "sources";

/**
 * A dashboard view in the app's frame, with the country picker and the view's annotations, the
 * charts' sub-navigation, the selection, the dataset it shows (a pinned version or a preview), and
 * what the URL asked for that was ignored. Annotation changes and new versions refresh the view live.
 */
export async function DashboardFrame({
  context,
  active,
  children,
}: {
  context: ViewContext;
  active: ActiveView;
  children: ReactNode;
}) {
  const { user, data, state, problems, path, lang } = context;
  const tc = await getTranslations("charts");
  // Moving to another view keeps countries, dimensions and language; the highlight and zoom belong to a view.
  const link = (to: string) =>
    viewHref(to, state, { focus: null, view: "chart", from: null, to: null });
  const isChart = (CHART_KEYS as readonly string[]).includes(active);
  const tools = (
    <>
      <CountryPicker
        path={path}
        state={state}
        countries={data.countries.map((c) => ({
          key: c.key,
          name: countryName(data, c.key, lang),
          other: lang === "zh" ? c.nameEn : c.nameZh,
          coverage: c.coverage,
        }))}
      />
      <ViewAnnotations context={context} />
    </>
  );
  return (
    <AppFrame
      user={user}
      lang={lang}
      active={isChart ? "charts" : (active as "overview" | "matrix" | "sources")}
      link={link}
      langHref={(to) => viewHref(path, state, { lang: to })}
      tools={tools}
      live
    >
      <DatasetBanner mode={context.dataset} state={state} path={path} lang={lang} />
      <LiveRefresh
        since={context.since}
        pinned={context.dataset.kind === "pinned" ? context.dataset.version : null}
        currentHref={viewHref(path, state, { version: null })}
      />
      {isChart && (
        <nav aria-label={tc("navLabel")} className="subtabs">
          {CHART_KEYS.map((key) => (
            <a
              key={key}
              href={link(`/charts/${key}`)}
              aria-current={key === active ? "page" : undefined}
            >
              {tc(`titles.${key}`)}
            </a>
          ))}
        </nav>
      )}
      <p className="selection" data-testid="selection">
        {state.countries.map((key) => (
          <span key={key} className="country-chip" data-country={key}>
            <span
              className="swatch"
              aria-hidden
              style={{ background: countryColor(data.countries, key) }}
            />
            {countryName(data, key, lang)}
          </span>
        ))}
      </p>
      <StateNotices problems={problems} />
      <main id="main" tabIndex={-1} className="dashboard">
        {children}
      </main>
    </AppFrame>
  );
}
