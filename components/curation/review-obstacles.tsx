import { getTranslations } from "next-intl/server";
import type { ConflictRow, OverlapRow, ProblemRow } from "@/lib/views/curation/obstacles";
import { ActionButton } from "./request-action";

/** What keeps the request from being published as it is, each with what to do about it. */
export async function ReviewObstacles({
  id,
  problems,
  conflicts,
  overlaps,
  canRebase,
}: {
  id: string;
  problems: ProblemRow[];
  conflicts: ConflictRow[];
  overlaps: OverlapRow[];
  canRebase: boolean;
}) {
  const t = await getTranslations("curation");
  const value = (v: string | null) => v ?? <span className="muted">{t("request.empty")}</span>;
  return (
    <>
      {problems.length > 0 && (
        <section className="card error cr-problems" data-testid="problems">
          <h2>{t("request.problemsTitle")}</h2>
          <p>{t("request.problemsHelp")}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.heading && <strong>{p.heading}</strong>}
                {p.field && <> · {p.field}</>}
                {(p.heading || p.field) && ": "}
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {conflicts.length > 0 && (
        <section className="card cr-conflicts" data-testid="conflicts">
          <h2>{t("request.conflictsTitle")}</h2>
          <p>{t("request.conflictsHelp")}</p>
          <div className="cr-table-wrap">
            <table className="cr-diff">
              <thead>
                <tr>
                  {(["fact", "field", "base", "published", "proposed"] as const).map((c) => (
                    <th key={c} scope="col">
                      {t(`request.conflictColumns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {conflicts.map((c, i) => (
                  <tr key={i}>
                    <td data-label={t("request.conflictColumns.fact")}>{c.heading}</td>
                    <th scope="row">{c.field}</th>
                    <td className="cr-old" data-label={t("request.conflictColumns.base")}>
                      {value(c.base)}
                    </td>
                    <td
                      className="cr-published-value"
                      data-label={t("request.conflictColumns.published")}
                    >
                      {value(c.published)}
                    </td>
                    <td className="cr-new" data-label={t("request.conflictColumns.proposed")}>
                      {value(c.proposed)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canRebase && (
            <ActionButton
              path={`/api/v1/change-requests/${id}`}
              method="PATCH"
              body={{ action: "rebase" }}
              label={t("actions.rebase")}
              confirm={t("actions.confirmRebase")}
            />
          )}
        </section>
      )}
      {overlaps.length > 0 && (
        <section className="card cr-overlaps" data-testid="overlaps">
          <h2>{t("request.overlapsTitle")}</h2>
          <p className="muted">{t("request.overlapsHelp")}</p>
          <ul>
            {overlaps.map((o) => (
              <li key={o.id}>
                <a href={o.href}>{o.title}</a>
                <span className="muted"> — {o.facts.join("; ")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
