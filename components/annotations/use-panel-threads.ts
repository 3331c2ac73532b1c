"use client";

import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type SetStateAction,
} from "react";
import { inScope } from "@/lib/annotations/scope";
import {
  changesAfter,
  deltaFor,
  isAfter,
  noChanges,
  onLiveChange,
  receivedChanges,
  subscribeLive,
} from "@/lib/annotations/live-events";
import { NO_FILTERS, type ThreadFilters } from "@/lib/annotations/threads";
import type { PanelItem } from "@/lib/views/annotation-panel";
import { useApi } from "@/components/use-api";

/** The panel's first page as the server rendered it, with its filter menus and totals. */
export interface PanelStart {
  items: PanelItem[];
  next: string | null;
  facets: { authors: { id: string; name: string }[]; tags: string[] };
  totals: { notes: number; threads: number };
  /** The last change the counts include. */
  since: string;
  /** Which target keys belong to the view (see viewScope). */
  scope: string[] | null;
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
  // Resolved threads are hidden unless the view says `resolved=shown`.
  const resolved = new URLSearchParams(stateQuery).get("resolved") === "shown";
  const [filters, setFilters] = useState<ThreadFilters>(NO_FILTERS);
  const [page, setPage] = useState({ items: start.items, next: start.next });
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const asked = useRef(0);

  // A new server render (another view state, a published version) brings its own first page.
  const [rendered, setRendered] = useState(start);
  if (rendered !== start) {
    setRendered(start);
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

  // The effects below call the latest `load` without re-running when only its identity changes:
  // a reload must follow a change of filters or a live change, not every render.
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  }, [load]);

  // Other filters: the first page again, after a pause while typing.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    const timer = setTimeout(() => void latest.current(filters, null), TYPING_MS);
    return () => clearTimeout(timer);
  }, [filters]);

  // Live: the total is the server's count up to `since` with this view's later changes on top;
  // a change on this view makes the list stale.
  const log = useSyncExternalStore(subscribeLive, receivedChanges, noChanges);
  const total = useMemo(() => {
    const scope = start.scope;
    return changesAfter(log, start.since)
      .filter((c) => c.targetKeys.some((k) => inScope(k, scope)))
      .reduce((t, c) => Math.max(0, t + deltaFor(c, resolved)), start.totals.notes);
  }, [log, start, resolved]);
  useEffect(() => {
    const scope = start.scope;
    return onLiveChange((change) => {
      const mine = change.targetKeys.some((k) => inScope(k, scope));
      if (isAfter(change.id, start.since) && mine) setStale(true);
    });
  }, [start.scope, start.since]);
  useEffect(() => {
    if (!stale || !open) return;
    const timer = setTimeout(() => {
      setStale(false);
      void latest.current(filters, null);
    }, LIVE_MS);
    return () => clearTimeout(timer);
  }, [stale, open, filters]);

  return {
    filters,
    // Until the new filters' first page arrives, "Show older threads" waits (it would page the old list).
    setFilters: (next: SetStateAction<ThreadFilters>) => {
      setLoading(true);
      setFilters(next);
    },
    items: page.items,
    more: page.next !== null,
    showMore: () => void load(filters, page.next),
    total,
    loading,
    error,
    /** Resolved threads shown (the view's `resolved=shown`); hidden by default. */
    resolved,
  };
}
