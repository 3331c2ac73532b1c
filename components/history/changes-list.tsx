import { getTranslations } from "next-intl/server";
import type { ChangeGroup } from "@/lib/views/history/changes";

/** The facts added, changed and retired, one group each, with links to each fact's history and view. */
export async function ChangesList({ groups }: { groups: readonly ChangeGroup[] }) {
  const t = await getTranslations("history.changes");
  if (groups.length === 0) return <p className="card empty-changes">{t("none")}</p>;
  return (
    <div className="change-groups">
      {groups.map((g) => (
        <section key={g.op} className="change-group" data-op={g.op}>
          <h2>
            {t(`ops.${g.op}`)} <span className="muted">({g.facts.length})</span>
          </h2>
          <ul>
            {g.facts.map((f) => (
              <li key={f.factKey} className="card changed-fact" data-fact={f.factKey}>
                <p className="changed-label">
                  <a href={f.historyHref}>{f.label}</a>
                  {f.detail && <span className="muted"> · {f.detail}</span>}
                </p>
                <p className="muted">
                  {g.op === "changed" ? t("changedFields", { fields: f.summary }) : f.summary}
                </p>
                <p className="fact-links">
                  <a href={f.historyHref}>{t("history")}</a>
                  <a href={f.viewHref}>{g.op === "retired" ? t("viewBefore") : t("view")}</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
