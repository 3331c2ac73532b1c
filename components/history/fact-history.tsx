import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import type { FactHistoryModel } from "@/lib/views/history/fact-history";
import { FieldDiffList } from "./field-diff";
import { RestoreButton } from "./restore-button";

const kindOf = (kind: string) =>
  kind === "baseline" || kind === "source" ? kind : ("import" as const);

/** Each published value of a fact, newest first: when, how, by whom, and what it changed. */
export async function FactHistory({
  model,
  canRestore,
}: {
  model: FactHistoryModel;
  canRestore: boolean;
}) {
  const t = await getTranslations("history.fact");
  return (
    <div className="fact-history" data-fact={model.factKey}>
      <p className="muted fact-kind">
        {[model.entityName, model.detail].filter(Boolean).join(" · ")}
        {model.currentHref && (
          <>
            {" · "}
            <a href={model.currentHref}>{t("showNow")}</a>
          </>
        )}
      </p>
      <ol className="history-entries">
        {model.entries.map((e) => (
          <li key={e.version} className="card history-entry" data-version={e.version}>
            <header className="entry-head">
              <h2>
                <a href={e.viewHref}>{t("version", { version: e.version })}</a>
              </h2>
              <span className={`op-badge op-${e.op}`}>{t(`ops.${e.op}`)}</span>
              <DateTime at={e.at} className="muted" />
            </header>
            <dl className="entry-meta">
              <dt>{t("through")}</dt>
              <dd>
                {e.request ? (
                  <a href={e.request.href}>{e.request.title}</a>
                ) : (
                  t(`kinds.${kindOf(e.kind)}`)
                )}
              </dd>
              {e.proposedBy && (
                <>
                  <dt>{t("proposedBy")}</dt>
                  <dd>{e.proposedBy}</dd>
                </>
              )}
              {e.approvedBy && (
                <>
                  <dt>{t("approvedBy")}</dt>
                  <dd>{e.approvedBy}</dd>
                </>
              )}
            </dl>
            {e.op === "retired" ? (
              <p>{t("retiredNote")}</p>
            ) : (
              <FieldDiffList
                fields={e.fields}
                added={e.citationsAdded}
                removed={e.citationsRemoved}
              />
            )}
            {e.full && (
              <details className="full-value">
                <summary>{t("fullValue")}</summary>
                <pre>{e.full}</pre>
              </details>
            )}
            {canRestore && e.restorable && (
              <RestoreButton fact={model.factKey} version={e.version} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
