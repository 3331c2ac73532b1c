"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { emitLiveChange, emitNotification, type LiveChange } from "@/lib/annotations/live-events";

/**
 * Keeps a view current. An annotation change on the stream is handed to the page's listeners
 * (badges, markers, the panel, an open detail), which patch themselves from it: the page is not
 * rendered again. A newly published dataset version re-renders the page's server components. A view pinned to a version stays as it is (it is a citation) and only says
 * that a newer version exists. EventSource reconnects by itself and sends Last-Event-ID, so
 * changes made while disconnected arrive too.
 */
export function LiveRefresh({
  since,
  pinned = null,
  currentHref,
}: {
  since: string;
  /** The version the view is pinned to; null when it follows the published data. */
  pinned?: number | null;
  /** The same view on the current version. */
  currentHref?: string;
}) {
  const router = useRouter();
  const t = useTranslations("history.views.live");
  const [newer, setNewer] = useState<number | null>(null);
  // The last change the server-rendered page includes: what happens before the stream connects is caught up too.
  const from = useRef(since);
  useEffect(() => {
    const source = new EventSource(`/api/v1/annotations/stream?since=${from.current}`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        router.refresh();
      }, 150);
    };
    source.addEventListener("annotation", (event) => {
      // Restarted (another pinned version), the stream resumes after the last change received.
      from.current = (event as MessageEvent<string>).lastEventId || from.current;
      emitLiveChange(JSON.parse((event as MessageEvent<string>).data) as LiveChange);
    });
    source.addEventListener("notification", (event) => {
      from.current = (event as MessageEvent<string>).lastEventId || from.current;
      emitNotification();
    });
    source.addEventListener("dataset", (event) => {
      if (pinned === null) return refresh();
      const version = Number((JSON.parse(event.data) as { version?: unknown }).version);
      if (Number.isInteger(version) && version > pinned)
        setNewer((known) => Math.max(known ?? 0, version));
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [router, pinned]);
  if (newer === null || !currentHref) return null;
  return (
    <p className="notice live-dataset" role="status" data-testid="newer-version">
      <span>{t("newer", { version: newer })}</span>
      <a href={currentHref}>{t("open", { version: newer })}</a>
    </p>
  );
}
