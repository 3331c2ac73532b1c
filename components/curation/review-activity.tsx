import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import type { ActivityItem } from "@/lib/views/curation/change-request";
import { ReviewCommentForm } from "./review-comment-form";

/** Reviews and comments as one thread, then the comment form. */
export async function ReviewActivity({ id, items }: { id: string; items: ActivityItem[] }) {
  const t = await getTranslations("curation");
  return (
    <section className="cr-activity" aria-labelledby="cr-activity-title">
      <h2 id="cr-activity-title">{t("request.activity")}</h2>
      {items.length === 0 ? (
        <p className="muted">{t("request.noActivity")}</p>
      ) : (
        <ol className="cr-thread" data-testid="activity">
          {items.map((item) => (
            <li key={item.key} className={`card cr-entry cr-entry-${item.kind}`}>
              <p className="cr-entry-head">
                <strong>
                  {t(item.kind === "review" ? "request.reviewed" : "request.commented", {
                    name: item.name,
                  })}
                </strong>
                {item.byAuthor && <span className="badge">{t("hub.columns.author")}</span>}
                {item.decision && (
                  <span className={`chip cr-decision cr-decision-${item.decision}`}>
                    {t(`decisions.${item.decision}`)}
                  </span>
                )}
                <span className="muted">
                  <DateTime at={item.at} />
                  {item.revision !== null && (
                    <> · {t("request.revision", { revision: item.revision })}</>
                  )}
                </span>
              </p>
              {item.text && <p className="cr-entry-text">{item.text}</p>}
            </li>
          ))}
        </ol>
      )}
      <ReviewCommentForm id={id} />
    </section>
  );
}
