import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/report/print-button";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { AppError } from "@/lib/errors/app-error";
import { errorMessage } from "@/lib/errors/handle";
import { withHeavySlot } from "@/lib/limits/heavy";
import { canExport } from "@/lib/permissions";
import { viewHref, type SearchParams } from "@/lib/view-state/state";
import { loadView } from "@/lib/views/context";
import { buildReport } from "@/components/report/report-parts";
import { ReportNotesChoice } from "@/components/report/notes-choice";
import { choiceFromSearch } from "@/lib/export/annotation-choice";
import { toAppError } from "@/lib/errors/handle";
import { threadFacets } from "@/lib/queries/annotation-threads";

export const dynamic = "force-dynamic";

/**
 * The whole dashboard as one printable page: the matrix and every chart, with sources, annotations
 * and the permalink. It is an export, for analysts and above like the export API; a viewer gets 403.
 */
export default async function ReportPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const context = await loadView("/report", searchParams);
  if (!canExport(context.user)) forbidden();
  const search = await searchParams;
  const withNotes = search.annotations !== "0";
  const { choice, problem } = choiceFromSearch(search);
  const t = await getTranslations("common.report");
  // Bounded like the exports; a page cannot answer 429, so past the limit it says when to retry.
  const parts = await withHeavySlot("report", context.user.id, () =>
    buildReport(context.user, context.data, context.state, withNotes ? choice : null),
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "rate_limited") return error;
    throw error;
  });
  if (parts instanceof AppError)
    return (
      <DashboardFrame context={context} active="overview">
        <section className="card error" role="alert" data-testid="report-busy">
          <p>{errorMessage(parts, context.lang)}</p>
        </section>
      </DashboardFrame>
    );
  const permalink = viewHref("/", context.state, { focus: null, view: "chart" });
  return (
    <DashboardFrame context={context} active="overview">
      <article className="report" data-testid="report">
        <header className="report-head">
          <div>
            <h1>{t("title")}</h1>
            <p className="muted">
              {t("permalink")}{" "}
              <a href={permalink} data-testid="report-permalink">
                {permalink}
              </a>
            </p>
          </div>
          <div className="report-tools no-print">
            <a
              href={`${viewHref("/report", context.state, { focus: null })}&annotations=${withNotes ? "0" : "1"}`}
            >
              {withNotes ? t("withoutNotes") : t("withNotes")}
            </a>
            <PrintButton label={t("print")} />
          </div>
        </header>
        {withNotes && (
          <ReportNotesChoice
            action="/report"
            keep={viewHref("/report", context.state, { focus: null })}
            choice={choice}
            facets={await threadFacets(context.user, null)}
          />
        )}
        {problem && (
          <p className="form-error no-print" role="alert" data-testid="report-choice-problem">
            {errorMessage(toAppError(problem), context.lang)}
          </p>
        )}
        {parts.map((p) => (
          <section key={p.part} className="report-part" data-part={p.part}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a generated data: SVG, not an optimisable picture */}
            <img src={p.src} alt={p.title} />
          </section>
        ))}
      </article>
    </DashboardFrame>
  );
}
