"use client";

import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { useInbox } from "./use-inbox";

/**
 * The bell in the top bar: how many notifications are unread, and a list of the latest (who,
 * what, a link to the note's place), each marked read when opened or by its button, or all at once.
 */
export function NotificationBell({ ownStream }: { ownStream: boolean }) {
  const t = useTranslations("annotations.notifications");
  const { items, unread, failed, markRead, markAllRead } = useInbox(ownStream);
  return (
    <details className="menu notification-menu" data-testid="notifications">
      <summary aria-label={t("open", { count: unread })}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="bell">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {unread > 0 && (
          <span className="unread-count" data-testid="unread-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </summary>
      <div className="menu-body notification-list">
        <div className="notification-head">
          <h2>{t("title")}</h2>
          {unread > 0 && (
            <button type="button" className="link-button" onClick={markAllRead}>
              {t("markAllRead")}
            </button>
          )}
        </div>
        {failed && <p className="form-error">{t("failed")}</p>}
        {!failed && items.length === 0 && <p className="muted">{t("empty")}</p>}
        <ul>
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? "read" : "unread"} data-testid="notification">
              <a href={n.href} onClick={() => !n.readAt && void markRead(n.id)}>
                <strong>{t(n.kind, { name: n.annotation.author.name })}</strong>
                <span className="excerpt">{n.annotation.excerpt}</span>
                <DateTime at={n.createdAt} className="muted" />
              </a>
              {!n.readAt && (
                <button type="button" className="link-button" onClick={() => markRead(n.id)}>
                  <span className="sr-only">{t("unread")}: </span>
                  {t("markRead")}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
