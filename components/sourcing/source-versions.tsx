import { getTranslations } from "next-intl/server";
import type { SourceVersionsModel } from "@/lib/views/sourcing/versions";

/** Which version is read and the others, the publication details, the original file, and (editors) a new version. */
export async function SourceVersions({
  model,
  canManage,
  lang,
}: {
  model: SourceVersionsModel;
  canManage: boolean;
  lang: string;
}) {
  const t = await getTranslations("sourcing.viewer");
  const d = model.details;
  return (
    <section className="source-versions" aria-label={t("label")} data-testid="source-versions">
      <p className="version-line">
        <strong title={model.addedAt ?? undefined}>{model.line}</strong>
        {!model.latest && <span className="kind-badge older">{t("older")}</span>}
      </p>
      {model.count > 1 && (
        <nav className="version-switch" aria-label={t("switch")}>
          {model.versions.map((v) => (
            <a key={v.version} href={v.href} aria-current={v.current ? "page" : undefined}>
              {v.label}
            </a>
          ))}
        </nav>
      )}
      <dl className="source-meta">
        {d.publisher && (
          <>
            <dt>{t("publisher")}</dt>
            <dd>{d.publisher}</dd>
          </>
        )}
        {d.date && (
          <>
            <dt>{t("date")}</dt>
            <dd>{d.date}</dd>
          </>
        )}
        {d.url && (
          <>
            <dt>{t("url")}</dt>
            <dd className="source-url">
              <a href={d.url} rel="noopener noreferrer" target="_blank">
                {d.url}
              </a>
            </dd>
          </>
        )}
        {d.licence && (
          <>
            <dt>{t("licence")}</dt>
            <dd>{d.licence}</dd>
          </>
        )}
      </dl>
      {d.summary && <p className="source-abstract">{d.summary}</p>}
      {!model.latest && <p className="muted">{t("olderHelp")}</p>}
      <p className="fact-links">
        {model.originalHref && (
          <a href={model.originalHref} download>
            {t("download")}
          </a>
        )}
        {canManage && (
          <a className="button-link" href={`/sources/${model.key}/versions/new?lang=${lang}`}>
            {t("addVersion")}
          </a>
        )}
      </p>
    </section>
  );
}
