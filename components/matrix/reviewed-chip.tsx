import { getTranslations } from "next-intl/server";
import type { ReviewedView } from "@/lib/curation/reviewed";

/** A small check on a reviewed assessment; who and when in its title (and for screen readers). */
export async function ReviewedChip({ reviewed }: { reviewed: ReviewedView }) {
  const t = await getTranslations("history.views.reviewed");
  return (
    <span className="reviewed-chip" title={reviewed.title} data-testid="reviewed-chip">
      <span aria-hidden="true">✓</span> {t("chip")}
      <span className="sr-only"> · {reviewed.title}</span>
    </span>
  );
}
