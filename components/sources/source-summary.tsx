import { getTranslations } from "next-intl/server";
import type { SourceViewerModel } from "@/lib/views/sources/viewer";

/** Title, what the document is, how many passages are cited, how to read the highlights and underlines, and the dataset's note. */
export async function SourceSummary({ model }: { model: SourceViewerModel }) {
  const t = await getTranslations("sources");
  const { meta } = model;
  return (
    <header className="source-head">
      <p>
        <a href={model.listHref}>← {t("viewer.back")}</a>
      </p>
      <h1 id="source-title">{meta.title}</h1>
      {meta.originalTitle && (
        <p className="original-title">
          {t.rich("list.originalTitle", {
            title: meta.originalTitle,
            zh: (chunks) => <span lang="zh-CN">{chunks}</span>,
          })}
        </p>
      )}
      <p className="muted">{[meta.author, meta.kind, meta.language, meta.format].join(" · ")}</p>
      <section
        className="source-summary"
        aria-label={t("viewer.legendTitle")}
        data-testid="source-summary"
      >
        <p className="summary-count">
          {t("passageCount", { passages: model.passageCount, citations: model.citationCount })}
        </p>
        <ul className="source-legend">
          <li>
            <span className="swatch-mark" aria-hidden="true" /> {t("viewer.legendMark")}
          </li>
          <li>
            <span className="passage-count" aria-hidden="true">
              2
            </span>{" "}
            {t("viewer.legendBadge")}
          </li>
          <li>
            <span className="swatch-annotated" aria-hidden="true" /> {t("viewer.legendAnnotated")}
          </li>
          <li>{t("viewer.legendSelect")}</li>
          <li>{t("viewer.original")}</li>
        </ul>
        {model.hiddenCount > 0 && <p>{t("viewer.hidden", { count: model.hiddenCount })}</p>}
        {model.hiddenAnnotated > 0 && (
          <p>{t("viewer.hiddenAnnotated", { count: model.hiddenAnnotated })}</p>
        )}
        {meta.note && (
          <p className="source-note" data-testid="source-note">
            <strong>{t("meta.note")}:</strong> {meta.note}
          </p>
        )}
      </section>
    </header>
  );
}
