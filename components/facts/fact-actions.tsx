import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canMarkReviewed, canProposeChanges } from "@/lib/permissions";
import { factActions, type FactRef } from "@/lib/curation/fact-actions";
import { ReviewToggle } from "./review-toggle";

/** Under a detail's facts: who reviewed it, its history, its edit form, and the reviewed toggle for editors. */
export async function FactActions({ factRef }: { factRef: FactRef }) {
  const user = await getCurrentUser();
  const view = factActions(factRef, {
    propose: canProposeChanges(user),
    markReviewed: canMarkReviewed(user),
  });
  const t = await getTranslations("history.views");
  const { review } = view;
  return (
    <section className="fact-actions" aria-label={t("facts.label")} data-testid="fact-actions">
      {review && (review.mark || review.canToggle) && (
        <p className={review.mark ? undefined : "muted"} data-testid="reviewed-by">
          {review.mark ? `✓ ${review.mark.title}` : t("reviewed.notYet")}
        </p>
      )}
      <p className="fact-actions-links">
        <a href={view.historyHref} data-testid="fact-history">
          {t("facts.history")}
        </a>
        {view.editHref && (
          <a href={view.editHref} data-testid="fact-edit">
            {t("facts.edit")}
          </a>
        )}
        {review?.canToggle && <ReviewToggle fact={view.factKey} reviewed={!!review.mark} />}
      </p>
    </section>
  );
}
