import { getTranslations } from "next-intl/server";
import type { ChangeStatus } from "@/lib/curation/changes";
import { ACTIVE } from "@/lib/curation/changes";
import type { Lang } from "@/lib/i18n/lang";
import { ActionButton } from "./request-action";
import { ReviewDecisionForm } from "./review-decision-form";
import { ReviewPublish } from "./review-publish";

export interface ReviewPermissions {
  canReview: boolean;
  canApprove: boolean;
  canPublish: boolean;
  isAuthor: boolean;
  canEdit: boolean;
}

/** What the reader may do with the request now: open it, review it, publish it, withdraw it. */
export async function ReviewActions({
  id,
  status,
  may,
  lang,
}: {
  id: string;
  status: ChangeStatus;
  may: ReviewPermissions;
  lang: Lang;
}) {
  const t = await getTranslations("curation.actions");
  const active = ACTIVE.includes(status);
  const open = status === "draft" && may.isAuthor;
  const review = active && may.canReview;
  const publish = status === "approved" && may.canPublish;
  const withdraw = may.isAuthor && may.canEdit && status !== "draft";
  if (!open && !review && !publish && !withdraw) return null;
  const path = `/api/v1/change-requests/${id}`;
  return (
    <section className="card cr-actions" aria-labelledby="cr-actions-title">
      <h2 id="cr-actions-title">{t("review")}</h2>
      {open && (
        <>
          <p className="muted">{t("openHelp")}</p>
          <ActionButton path={path} method="PATCH" body={{ action: "open" }} label={t("open")} />
        </>
      )}
      {publish && <ReviewPublish id={id} lang={lang} />}
      {review && <ReviewDecisionForm id={id} canApprove={may.canApprove} />}
      {withdraw && (
        <ActionButton
          path={path}
          method="PATCH"
          body={{ action: "withdraw" }}
          label={t("withdraw")}
          confirm={t("confirmWithdraw")}
          className="secondary"
        />
      )}
    </section>
  );
}
