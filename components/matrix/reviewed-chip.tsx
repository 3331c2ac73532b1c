import { getTranslations } from "next-intl/server";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { ReviewedView } from "@/lib/curation/reviewed";

/** A small check on a reviewed assessment; who and when in its title (and for screen readers). */
export async function ReviewedChip({ reviewed, lang }: { reviewed: ReviewedView; lang: Lang }) {
  const t = await getTranslations({ locale: LOCALE_OF[lang], namespace: "history.views.reviewed" });
  return (
    <span className="reviewed-chip" title={reviewed.title} data-testid="reviewed-chip">
      <span aria-hidden="true">✓</span> {t("chip")}
      <span className="sr-only"> · {reviewed.title}</span>
    </span>
  );
}
