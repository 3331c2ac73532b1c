import { STATUSES, type ChangeStatus } from "@/lib/curation/changes";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { isoTime } from "@/lib/i18n/date-time";
import type { SearchParams } from "@/lib/view-state/state";
import { overlapRows, type OverlapRow } from "./obstacles";

// The curation hub: the change requests a reader may see, filtered by status, each with what a
// reviewer scans for first (who, how much, how much discussion, and overlaps with other requests).

export interface HubRow {
  id: string;
  title: string;
  href: string;
  status: ChangeStatus;
  author: string | null;
  changeCount: number;
  reviewCount: number;
  commentCount: number;
  /** ISO 8601; shown in the reader's zone by the date-time component */
  updated: string;
  publishedVersion: number | null;
  overlaps: OverlapRow[];
}

export interface HubFilterLink {
  status: ChangeStatus | null;
  href: string;
  current: boolean;
}

interface RequestSummary {
  id: string;
  title: string;
  status: ChangeStatus;
  author: { name: string } | null;
  changeCount: number;
  reviewCount: number;
  commentCount: number;
  updatedAt: Date | string;
  publishedVersion: number | null;
  overlaps: { id: string; title: string; overlaps: { factKey: string; fields: string[] }[] }[];
}

/** `status=open,approved` → the statuses named, unknown ones ignored; null for all. */
export function parseStatusFilter(params: SearchParams): ChangeStatus[] | null {
  const raw = Array.isArray(params.status) ? params.status[0] : params.status;
  const wanted = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is ChangeStatus => (STATUSES as readonly string[]).includes(s));
  return wanted.length ? [...new Set(wanted)] : null;
}

export function hubRows(data: Dataset, requests: readonly RequestSummary[], lang: Lang): HubRow[] {
  return requests.map((r) => ({
    id: r.id,
    title: r.title,
    href: `/curation/requests/${r.id}?lang=${lang}`,
    status: r.status,
    author: r.author?.name ?? null,
    changeCount: r.changeCount,
    reviewCount: r.reviewCount,
    commentCount: r.commentCount,
    updated: isoTime(r.updatedAt),
    publishedVersion: r.publishedVersion,
    overlaps: overlapRows(data, r.overlaps, lang),
  }));
}

/** "All" and one link per status, the current one marked. */
export function hubFilterLinks(filter: ChangeStatus[] | null, lang: Lang): HubFilterLink[] {
  const one = filter?.length === 1 ? filter[0] : null;
  return [
    { status: null, href: `/curation?lang=${lang}`, current: filter === null },
    ...STATUSES.map((status) => ({
      status,
      href: `/curation?status=${status}&lang=${lang}`,
      current: one === status,
    })),
  ];
}
