import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { ReviewActions } from "@/components/curation/review-actions";
import { ReviewActivity } from "@/components/curation/review-activity";
import { ReviewChangeCard } from "@/components/curation/review-change-card";
import { ReviewHeader } from "@/components/curation/review-header";
import { ReviewObstacles } from "@/components/curation/review-obstacles";
import { ReviewReanchor } from "@/components/curation/review-reanchor";
import { AccountPage } from "@/components/shell/app-frame";
import { AppError } from "@/lib/errors/app-error";
import {
  canApproveChangeRequest,
  canEditChangeRequest,
  canPublishChanges,
  canReviewChanges,
  canSeeChangeRequests,
} from "@/lib/permissions";
import { getChangeRequest } from "@/lib/queries/change-requests";
import { getSnapshot } from "@/lib/queries/snapshot";
import { activityOf, buildChangeCards } from "@/lib/views/curation/change-request";
import {
  conflictRows,
  overlapRows,
  problemRows,
  reanchorView,
} from "@/lib/views/curation/obstacles";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function ChangeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/curation/requests/${encodeURIComponent(id)}`;
  const { user, lang } = await loadAccountPage(path);
  const t = await getTranslations("curation");
  if (!canSeeChangeRequests(user)) forbidden();
  const cr = await getChangeRequest(user, id, lang).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { data } = await getSnapshot();
  const published = cr.status === "published";
  const cards = buildChangeCards(data, cr, lang);
  const reanchor = reanchorView(data, cr.reanchor, lang);
  const may = {
    canReview: canReviewChanges(user),
    canApprove: canApproveChangeRequest(user, cr),
    canPublish: canPublishChanges(user),
    isAuthor: cr.authorId === user.id,
    canEdit: canEditChangeRequest(user, cr),
  };
  return (
    <AccountPage user={user} lang={lang} path={path} title={cr.title} active="curation">
      <div className="curation cr-page">
        <p>
          <a href={`/curation?lang=${lang}`}>← {t("request.back")}</a>
        </p>
        <ReviewHeader cr={cr} lang={lang} />
        {reanchor && <ReviewReanchor report={reanchor} />}
        <ReviewObstacles
          id={cr.id}
          problems={problemRows(data, cr.problems, lang)}
          conflicts={conflictRows(data, cr.conflicts, lang)}
          overlaps={overlapRows(data, cr.overlaps, lang)}
          canRebase={may.canEdit}
        />
        <section aria-labelledby="cr-changes-title" className="cr-changes">
          <h2 id="cr-changes-title">{t("request.changes", { count: cards.length })}</h2>
          {cards.map((card) => (
            <ReviewChangeCard key={card.index} card={card} published={published} />
          ))}
        </section>
        <ReviewActions id={cr.id} status={cr.status} may={may} lang={lang} />
        <ReviewActivity id={cr.id} items={activityOf(cr, lang)} />
      </div>
    </AccountPage>
  );
}
