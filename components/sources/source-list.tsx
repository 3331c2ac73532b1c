import { getTranslations } from "next-intl/server";
import type { SourceListItem } from "@/lib/views/sources/list";

/** Every source document: what it is, the dataset's note on it, and how much of it is cited. */
export async function SourceList({
  items,
  addHref = null,
}: {
  items: SourceListItem[];
  /** Where editors add a source; null for readers who may not. */
  addHref?: string | null;
}) {
  const t = await getTranslations("sources");
  const sourcing = await getTranslations("sourcing.list");
  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">{t("list.title")}</h1>
      <p className="muted">{t("list.description")}</p>
      {addHref && (
        <p>
          <a className="button-link" href={addHref} data-testid="add-source">
            {sourcing("add")}
          </a>
        </p>
      )}
      <ul className="source-cards">
        {items.map((s) => (
          <li key={s.key} className="source-card" data-source={s.key}>
            <h2>
              <a href={s.href}>{s.title}</a>
            </h2>
            {s.originalTitle && (
              <p className="original-title">
                {t.rich("list.originalTitle", {
                  title: s.originalTitle,
                  zh: (chunks) => <span lang="zh-CN">{chunks}</span>,
                })}
              </p>
            )}
            <dl className="source-meta">
              <dt>{t("meta.author")}</dt>
              <dd lang={s.textLang}>{s.author}</dd>
              <dt>{t("meta.language")}</dt>
              <dd>{s.language}</dd>
              <dt>{t("meta.kind")}</dt>
              <dd>{s.kind}</dd>
              <dt>{t("meta.format")}</dt>
              <dd>{s.format}</dd>
              <dt>{sourcing("versions")}</dt>
              <dd data-testid={`versions-${s.key}`}>
                {[sourcing("versionCount", { count: s.versionCount }), s.date, s.publisher]
                  .filter(Boolean)
                  .join(" · ")}
              </dd>
              <dt>{t("meta.passages")}</dt>
              <dd data-testid={`passages-${s.key}`}>
                {t("passageCount", { passages: s.passageCount, citations: s.citationCount })}
              </dd>
            </dl>
            {s.note && (
              <p className="source-note">
                <strong>{t("meta.note")}:</strong> {s.note}
              </p>
            )}
            <p>
              <a className="button-link" href={s.href}>
                {t("list.open")} →
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
