"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { onLiveChange } from "@/lib/annotations/live-events";

/**
 * Renders the page's server components again when an annotation change on the stream touches
 * one of these targets (exact keys, or key prefixes): for server-rendered lists of one fact or one
 * source, so only the readers who look at that target pay for a render.
 */
export function RefreshOn({ keys = [], prefixes = [] }: { keys?: string[]; prefixes?: string[] }) {
  const router = useRouter();
  const watched = JSON.stringify([keys, prefixes]);
  useEffect(() => {
    const [exact, starts] = JSON.parse(watched) as [string[], string[]];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = onLiveChange(({ targetKeys }) => {
      const touched = targetKeys.some(
        (key) => exact.includes(key) || starts.some((p) => key.startsWith(p)),
      );
      if (!touched) return;
      timer ??= setTimeout(() => {
        timer = null;
        router.refresh();
      }, 150);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [router, watched]);
  return null;
}
