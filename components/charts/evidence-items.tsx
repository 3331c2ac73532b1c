import { getTranslations } from "next-intl/server";
import type { EvidenceView } from "@/lib/views/evidence";

/** Quotes with their translation (English mode) and a link to the passage; external references marked as such. */
export async function EvidenceItems({ evidence }: { evidence: EvidenceView[] }) {
  const t = await getTranslations("common.evidence");
  return (
    <ol className="evidence-items">
      {evidence.map((e, i) => (
        <li key={i} data-testid="evidence-item">
          {e.kind === "source" ? (
            <>
              <blockquote lang="zh-CN" aria-label={t("quote")}>{e.quote}</blockquote>
              {e.translation && <p className="evidence-translation" lang="en"><span className="sr-only">{t("translation")}: </span>{e.translation}</p>}
              <p className="evidence-source">
                {e.sourceLabel} · <a href={e.href}>{t("inSource")}</a>
              </p>
            </>
          ) : (
            <p className="evidence-source">
              <span className="external-tag">{t("external")}</span> <a href={e.url} rel="noreferrer noopener" target="_blank">{e.title}</a> · {e.publisher}, {e.year}
            </p>
          )}
          {e.note && <p className="evidence-note">{t("note")}: {e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
