import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import type { ChartModel } from "@/lib/charts/types";
import { DataTable } from "./data-table";

/**
 * A chart with its title, a chart/table switch kept in the URL, the table (always in the page:
 * screen readers read it, the drawn chart is hidden from them), and a caption naming its sources.
 * `toolbar` (controls) and `details` (the focused item's evidence, rendered on the server from the
 * URL, beside the chart) sit outside the hidden part, in both the chart and the table view.
 */
export async function ChartFrame({
  model,
  state,
  path,
  toolbar,
  details,
  interactive,
  tools,
  children,
}: {
  model: ChartModel<unknown>;
  state: ViewState;
  path: string;
  toolbar?: ReactNode;
  details?: ReactNode;
  interactive?: boolean;
  tools?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  const tc = await getTranslations("charts");
  const tableShown = state.view === "table";
  return (
    <figure className="chart-frame" data-chart={model.key} aria-labelledby={`${model.key}-title`}>
      <div className="chart-head">
        <div>
          <h1 id={`${model.key}-title`}>{model.title}</h1>
          <p className="muted">{model.description}</p>
        </div>
        <div className="head-tools">
          {tools}
          <nav className="segmented" aria-label={t("view.toggle")}>
            <a
              href={viewHref(path, state, { view: "chart" })}
              aria-current={tableShown ? undefined : "true"}
              data-testid="show-chart"
            >
              {t("view.chart")}
            </a>
            <a
              href={viewHref(path, state, { view: "table" })}
              aria-current={tableShown ? "true" : undefined}
              data-testid="show-table"
            >
              {t("view.table")}
            </a>
          </nav>
        </div>
      </div>
      {toolbar}
      <div
        className={details && !tableShown && !model.empty ? "chart-main has-details" : "chart-main"}
      >
        {model.empty ? (
          <p className="empty-state" data-testid="chart-empty">
            {tc("empty")}
          </p>
        ) : (
          !tableShown && (
            <div
              className="chart-body"
              aria-hidden={interactive ? undefined : true}
              data-testid="chart-body"
            >
              {children}
            </div>
          )
        )}
        {details && (
          <div className="chart-details" data-testid="chart-details">
            {details}
          </div>
        )}
      </div>
      <div className={tableShown ? "chart-table" : "sr-only"} data-testid="chart-table">
        <DataTable
          table={model.table}
          caption={model.title}
          focusHref={(focus) => viewHref(path, state, { focus })}
        />
      </div>
      <figcaption className="chart-caption" data-testid="chart-caption">
        {model.caveats.length > 0 && (
          <ul className="chart-caveats">
            {model.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        )}
        {model.sources.length > 0 && (
          <p>{t("evidence.sourcesLine", { sources: model.sources.join(t("separator")) })}</p>
        )}
      </figcaption>
    </figure>
  );
}
