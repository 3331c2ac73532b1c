"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { inScope, viewScope } from "@/lib/annotations/scope";
import { onLiveChange } from "@/lib/annotations/live-events";
import { NO_FILTERS, type ThreadFilters } from "@/lib/annotations/threads";
import type { PanelItem } from "@/lib/views/annotation-panel";
import { useApi } from "@/components/use-api";

/** The panel's first page as the server rendered it, with its filter menus and totals. */
export interface PanelStart {
  items: PanelItem[];
  next: string | null;
  facets: { authors: { id: string; name: string }[]; tags: string[] };
  totals: { notes: number; threads: number };
}

const FILTER_KEYS = ["author", "tag", "status", "kind", "q"] as const;
const TYPING_MS = 250;
const LIVE_MS = 300;

/**
 * The threads of the annotations panel: filtered and paged on the server (GET
 * /api/v1/annotations/threads), patched live. A change on this view moves the total at once and
 * reloads the first page while the panel is open (once it opens, otherwise); other views' changes
 * are ignored. Nothing else of the page is rendered again.
 */
export function usePanelThreads(
  view: string,
  stateQuery: string,
  start: PanelStart,
  open: boolean,
) {
  const api = useApi();
  const [filters, setFilters] = useState<ThreadFilters>(NO_FILTERS);
  const [page, setPage] = useState({ items: start.items, next: start.next });
  const [total, setTotal] = useState(start.totals.notes);
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const asked = useRef(0);

  // A new server render (another view state, a published version) brings its own first page.
  const [rendered, setRendered] = useState(start);
  if (rendered !== start) {
    setRendered(start);
    setTotal(start.totals.notes);
    if (filters === NO_FILTERS) setPage({ items: start.items, next: start.next });
    else setStale(true);
  }

  const load = useCallback(
    async (f: ThreadFilters, after: string | null) => {
      const n = ++asked.current;
      const params = new URLSearchParams({ view, state: stateQuery });
      for (const key of FILTER_KEYS) if (f[key]) params.set(key, f[key]);
      if (after) params.set("after", after);
      setLoading(true);
      const result = await api<{ items: PanelItem[]; next: string | null }>(
        `/api/v1/annotations/threads?${params}`,
      );
      if (n !== asked.current) return; // a later request supersedes this one
      setLoading(false);
      if (!result.ok) return setError(result.message);
      setError(null);
      setPage((p) =>
        after ? { items: [...p.items, ...result.data.items], next: result.data.next } : result.data,
      );
    },
    [api, view, stateQuery],
  );

  // Other filters: the first page again, after a pause while typing.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    const timer = setTimeout(() => void load(filters, null), TYPING_MS);
    return () => clearTimeout(timer);
  }, [filters, load]);

  // Live: this view's changes move the total, and make the list stale.
  useEffect(() => {
    const scope = viewScope(view);
    return onLiveChange((change) => {
      if (!inScope(change.targetKey, scope)) return;
      setTotal((t) => Math.max(0, t + change.delta));
      setStale(true);
    });
  }, [view]);
  useEffect(() => {
    if (!stale || !open) return;
    const timer = setTimeout(() => {
      setStale(false);
      void load(filters, null);
    }, LIVE_MS);
    return () => clearTimeout(timer);
  }, [stale, open, load, filters]);

  return {
    filters,
    setFilters,
    items: page.items,
    more: page.next !== null,
    showMore: () => void load(filters, page.next),
    total,
    loading,
    error,
  };
}
