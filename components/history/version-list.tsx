import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import type { VersionRow } from "@/lib/views/history/versions";

/** Every published version, newest first, with the dataset as of it and what changed since. */
export async function VersionList({ rows }: { rows: readonly VersionRow[] }) {
  const t = await getTranslations("history.versions");
  return (
    <ol className="version-list">
      {rows.map((v) => (
        <li key={v.number} className="card version-row" data-version={v.number}>
          <header className="entry-head">
            <h2>{t("version", { version: v.number })}</h2>
            <span className={`kind-badge kind-${v.kind}`}>{v.kindLabel}</span>
            {v.latest && <span className="kind-badge">{t("latest")}</span>}
            <DateTime at={v.at} className="muted" />
          </header>
          {v.summary && <p className="version-summary">{v.summary}</p>}
          {v.who && <p className="muted">{t("by", { name: v.who })}</p>}
          <p className="fact-links">
            <a href={v.viewHref}>{t("viewAsOf")}</a>
            {!v.latest && <a href={v.changesHref}>{t("changesSince")}</a>}
            {v.request && <a href={v.request.href}>{t("request")}</a>}
          </p>
        </li>
      ))}
    </ol>
  );
}
