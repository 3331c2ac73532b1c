import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QuoteAnnotate } from "@/components/annotations/quote-annotate";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { EvidenceView } from "@/lib/dataset/evidence";
import { canAnnotate } from "@/lib/permissions";

/**
 * Cited quotes with their English translation (in English mode) and a link to the passage in the
 * source viewer; external references marked as such. Shared by every details panel.
 */
export async function EvidenceList({
  evidence,
  fact,
}: {
  evidence: EvidenceView[];
  /** The fact the quotes support: with it, an analyst can annotate the fact with a quote's passage. */
  fact?: AnnotationTarget | null;
}) {
  const t = await getTranslations("common.evidence");
  const user = fact ? await getCurrentUser() : null;
  const annotating = fact && user && canAnnotate(user) ? fact : null;
  const colon = (await getTranslations("common"))("colon");
  if (evidence.length === 0) return <p className="muted">{t("noEvidence")}</p>;
  return (
    <ol className="evidence" data-testid="evidence">
      {evidence.map((e, i) => (
        <li key={i} data-kind={e.kind}>
          {e.kind === "source" ? (
            <>
              <blockquote lang="zh-CN">{e.quote}</blockquote>
              {e.translation && (
                <p className="translation" lang="en">
                  <span className="sr-only">
                    {t("translation")}
                    {colon}
                  </span>
                  {e.translation}
                </p>
              )}
              <p className="evidence-source">
                {e.sourceLabel} · <Link href={e.href}>{t("inSource")}</Link>
              </p>
              {annotating && e.passage && <QuoteAnnotate fact={annotating} passage={e.passage} />}
            </>
          ) : (
            <p>
              <span className="badge">{t("external")}</span>{" "}
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                {e.title}
              </a>{" "}
              <span className="muted">
                · {e.publisher}, {e.year}
              </span>
            </p>
          )}
          {e.note && (
            <p className="note">
              <span className="muted">
                {t("note")}
                {colon}
              </span>
              {e.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
