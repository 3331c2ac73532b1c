import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import type { HubRow } from "@/lib/views/curation/hub";
import { RequestStatus } from "./request-status";

/** The change requests as a list of cards: a table would not fit a phone. */
export async function HubList({ rows, filtered }: { rows: HubRow[]; filtered: boolean }) {
  const t = await getTranslations("curation");
  if (rows.length === 0)
    return (
      <div className="empty-state hub-empty" data-testid="no-requests">
        <p>{filtered ? t("hub.emptyFiltered") : t("hub.empty")}</p>
        <p>{t("hub.howTo")}</p>
      </div>
    );
  return (
    <ul className="hub-list" data-testid="change-requests">
      {rows.map((r) => (
        <li key={r.id} className="card hub-row">
          <div className="hub-row-head">
            <a href={r.href} className="hub-title">
              {r.title}
            </a>
            <RequestStatus status={r.status} label={t(`status.${r.status}`)} />
            {r.publishedVersion !== null && (
              <span className="muted">{t("hub.publishedAs", { version: r.publishedVersion })}</span>
            )}
          </div>
          <p className="hub-meta">
            <span>{r.author ?? t("hub.unknownAuthor")}</span>
            <span>{t("hub.changeCount", { count: r.changeCount })}</span>
            <span>{t("hub.discussion", { reviews: r.reviewCount, comments: r.commentCount })}</span>
            <span>{t.rich("request.updated", { date: () => <DateTime at={r.updated} /> })}</span>
          </p>
          {r.overlaps.map((o) => (
            <p key={o.id} className="hub-overlap">
              <a href={o.href}>{t("hub.overlap", { title: o.title })}</a>
              <span className="muted"> — {o.facts.join("; ")}</span>
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
