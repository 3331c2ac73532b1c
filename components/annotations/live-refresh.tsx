"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * Keeps a server-rendered view current: every annotation change on the stream re-renders the
 * page's server components (badges, lists), a few at a time. EventSource reconnects by itself and
 * sends Last-Event-ID, so changes made while disconnected arrive too.
 */
export function LiveRefresh({ since }: { since: string }) {
  const router = useRouter();
  // The last change the server-rendered page includes: what happens before the stream connects is caught up too.
  const from = useRef(since);
  useEffect(() => {
    const source = new EventSource(`/api/v1/annotations/stream?since=${from.current}`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    source.addEventListener("annotation", () => {
      timer ??= setTimeout(() => {
        timer = null;
        router.refresh();
      }, 150);
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return null;
}
