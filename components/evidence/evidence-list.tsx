import { getTranslations } from "next-intl/server";
import type { EvidenceView } from "@/lib/views/evidence";

/** Cited quotes with their English translation (in English mode) and a link to the passage; external references marked as such. */
export async function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  const t = await getTranslations("common.evidence");
  if (evidence.length === 0) return <p className="muted">{t("noEvidence")}</p>;
  return (
    <ol className="evidence" data-testid="evidence">
      {evidence.map((e, i) =>
        e.kind === "source" ? (
          <li key={i}>
            <blockquote lang="zh-CN">{e.quote}</blockquote>
            {e.translation && <p className="translation" lang="en"><span className="sr-only">{t("translation")}: </span>{e.translation}</p>}
            {e.note && <p className="muted">{t("note")}: {e.note}</p>}
            <p className="evidence-source">
              {e.sourceLabel} · <a href={e.href}>{t("inSource")}</a>
            </p>
          </li>
        ) : (
          <li key={i} className="external">
            <p><span className="badge">{t("external")}</span> {e.title}, {e.publisher} ({e.year})</p>
            {e.note && <p className="muted">{t("note")}: {e.note}</p>}
            <p className="evidence-source"><a href={e.url} rel="noopener noreferrer nofollow" target="_blank">{e.url}</a></p>
          </li>
        ),
      )}
    </ol>
  );
}
