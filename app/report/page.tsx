import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import {
  BibliographySection,
  Contrasts,
  Cover,
  MatrixSection,
} from "@/components/report/briefing-sections";
import { ReportNotesChoice } from "@/components/report/notes-choice";
import { PaperChoice } from "@/components/report/paper-choice";
import { PrintButton } from "@/components/report/print-button";
import { buildReport, chosenNotes } from "@/components/report/report-parts";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { publicOrigin } from "@/lib/api/public-origin";
import { AppError } from "@/lib/errors/app-error";
import { errorMessage, toAppError } from "@/lib/errors/handle";
import { choiceFromSearch, choiceSearch } from "@/lib/export/annotation-choice";
import { withHeavySlot } from "@/lib/limits/heavy";
import { canExport } from "@/lib/permissions";
import { threadFacets } from "@/lib/queries/annotation-threads";
import { viewHref, type SearchParams } from "@/lib/view-state/state";
import { loadView } from "@/lib/views/context";
import { buildBriefing } from "@/lib/views/report/briefing";
import { pageCss, parsePaper } from "@/lib/views/report/paper";

export const dynamic = "force-dynamic";

/**
 * The briefing an analyst hands out: a cover (countries, date, dataset version, absolute
 * permalink), the headline contrasts, the matrix with full summaries, every chart with labelled
 * marks, the chosen annotations and a numbered bibliography, printed on A4 or US Letter with page
 * numbers. It is an export, for analysts and above like the export API; a viewer gets 403.
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
  const paper = parsePaper(search.paper);
  const { choice, problem } = choiceFromSearch(search);
  const t = await getTranslations("common.report");
  const tr = await getTranslations("report");
  const { dataset, state, data, user } = context;
  const version = dataset.kind === "preview" ? undefined : dataset.version;
  // Bounded like the exports; a page cannot answer 429, so past the limit it says when to retry.
  const parts = await withHeavySlot("report", user.id, () =>
    buildReport(user, data, state, withNotes ? choice : null, version),
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
  const origin = publicOrigin(new Request("http://localhost/report", { headers: await headers() }));
  const briefing = buildBriefing(data, state, {
    origin,
    dataset,
    preparedBy: user.name,
    timeZone: await getTimeZone(),
    matrixNotes: await chosenNotes(user, "matrix", withNotes ? choice : null),
  });
  // The report's own links: the view (whose address always has a query) with the paper and the
  // annotation choice, each link changing one of them.
  const view = viewHref("/report", state, { focus: null });
  const link = (params: Record<string, string>) => {
    const query = new URLSearchParams(params).toString();
    return query ? `${view}&${query}` : view;
  };
  const letter: Record<string, string> = paper === "letter" ? { paper: "letter" } : {};
  const notes = withNotes ? choiceSearch(choice) : { annotations: "0" };
  return (
    <DashboardFrame context={context} active="overview">
      <article className="report briefing" data-testid="report" data-paper={paper}>
        <style>{pageCss(paper, tr("page"), briefing.cover.title)}</style>
        <div className="report-tools no-print">
          <a href={link({ annotations: withNotes ? "0" : "1", ...letter })}>
            {withNotes ? t("withoutNotes") : t("withNotes")}
          </a>
          <PaperChoice
            paper={paper}
            hrefs={{ a4: link(notes), letter: link({ ...notes, paper: "letter" }) }}
            labels={{ label: tr("paper.label"), a4: tr("paper.a4"), letter: tr("paper.letter") }}
          />
          <PrintButton label={t("print")} />
        </div>
        {withNotes && (
          <ReportNotesChoice
            action="/report"
            keep={link(letter)}
            choice={choice}
            facets={await threadFacets(user, null)}
          />
        )}
        {problem && (
          <p className="form-error no-print" role="alert" data-testid="report-choice-problem">
            {errorMessage(toAppError(problem), context.lang)}
          </p>
        )}
        <Cover cover={briefing.cover} />
        <Contrasts briefing={briefing} />
        <MatrixSection briefing={briefing} />
        <section className="report-section" data-part="charts">
          <h2>{tr("charts.title")}</h2>
          {parts.map((p) => (
            <figure key={p.part} className="report-part" data-part={p.part}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a generated data: SVG, not an optimisable picture */}
              <img src={p.src} alt={p.title} />
            </figure>
          ))}
        </section>
        <BibliographySection bibliography={briefing.bibliography} />
      </article>
    </DashboardFrame>
  );
}
