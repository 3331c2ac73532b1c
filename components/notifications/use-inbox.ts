"use client";

import { useCallback, useEffect, useState } from "react";
import { useApi } from "@/components/use-api";
import { onNotification } from "@/lib/annotations/live-events";

/** An inbox entry as GET /api/v1/notifications gives it. */
export interface InboxItem {
  id: string;
  kind: "mention" | "reply";
  readAt: string | null;
  createdAt: string;
  href: string;
  annotation: { id: string; author: { id: string; name: string }; excerpt: string };
}

const PAGE = 10;

/**
 * The reader's notifications, kept current from the annotations' stream: the page's own (LiveRefresh
 * passes a `notification` event on), or, on pages without one (`ownStream`), a stream of the bell's.
 */
export function useInbox(ownStream: boolean) {
  const api = useApi();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [unread, setUnread] = useState(0);
  const [failed, setFailed] = useState(false);

  const load = useCallback(
    () =>
      api<{ notifications: InboxItem[]; unread: number }>(
        `/api/v1/notifications?limit=${PAGE}`,
      ).then((result) => {
        setFailed(!result.ok);
        if (!result.ok) return;
        setItems(result.data.notifications);
        setUnread(result.data.unread);
      }),
    [api],
  );

  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const stop = onNotification(() => void load());
    const source = ownStream ? new EventSource("/api/v1/annotations/stream") : null;
    source?.addEventListener("notification", () => void load());
    return () => {
      clearTimeout(first);
      stop();
      source?.close();
    };
  }, [load, ownStream]);

  const markRead = async (id: string) => {
    const result = await api<{ unread: number }>(`/api/v1/notifications/${id}`, {
      method: "PATCH",
      body: { read: true },
    });
    if (!result.ok) return;
    setUnread(result.data.unread);
    const now = new Date().toISOString();
    setItems((list) => list.map((n) => (n.id === id ? { ...n, readAt: n.readAt ?? now } : n)));
  };
  const markAllRead = async () => {
    const result = await api<{ unread: number }>("/api/v1/notifications/read-all", {
      method: "POST",
    });
    if (!result.ok) return;
    setUnread(0);
    const now = new Date().toISOString();
    setItems((list) => list.map((n) => ({ ...n, readAt: n.readAt ?? now })));
  };
  return { items, unread, failed, markRead, markAllRead };
}
