import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/lang";
import type { EvidenceView } from "@/lib/views/evidence";

/** Quotes with their source and a link to the passage (English translation in English mode); external references marked as such. */
export async function EvidenceList({ evidence, lang }: { evidence: EvidenceView[]; lang: Lang }) {
  const t = await getTranslations("common.evidence");
  const colon = lang === "zh" ? "：" : ": ";
  return (
    <ol className="evidence-list" data-testid="evidence-list">
      {evidence.map((e, i) => (
        <li key={i} data-kind={e.kind}>
          {e.kind === "source" ? (
            <>
              <blockquote lang="zh-CN">{e.quote}</blockquote>
              {e.translation && <p lang="en" className="translation"><span className="muted">{t("translation")}{colon}</span>{e.translation}</p>}
              <p className="muted">
                {e.sourceLabel} · <Link href={e.href}>{t("inSource")}</Link>
              </p>
            </>
          ) : (
            <p>
              <span className="badge">{t("external")}</span> <a href={e.url} rel="noopener noreferrer">{e.title}</a> <span className="muted">· {e.publisher}, {e.year}</span>
            </p>
          )}
          {e.note && <p className="evidence-note"><span className="muted">{t("note")}{colon}</span>{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
