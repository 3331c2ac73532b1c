import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import type { VersionInfo } from "@/lib/queries/versions";
import { isoTime } from "@/lib/i18n/date-time";

// Every published version of the dataset, with where to read it and what it changed.

export interface VersionRow {
  number: number;
  /** ISO 8601; shown in the reader's zone by the date-time component */
  at: string;
  kind: string;
  kindLabel: string;
  summary: string;
  who: string | null;
  viewHref: string;
  changesHref: string;
  request: { id: string; href: string } | null;
  latest: boolean;
}

const KINDS = ["import", "publish", "source", "baseline"] as const;
const isKind = (kind: string): kind is (typeof KINDS)[number] =>
  (KINDS as readonly string[]).includes(kind);

export function buildVersionList(versions: readonly VersionInfo[], lang: Lang): VersionRow[] {
  const t = translator(lang);
  return versions.map((v, i) => ({
    number: v.number,
    at: isoTime(v.createdAt),
    kind: v.kind,
    kindLabel: isKind(v.kind) ? t(`history.versions.kinds.${v.kind}`) : v.kind,
    // An import or baseline names only its kind, which the badge already says.
    summary: v.summary === v.kind || v.kind === "baseline" ? "" : v.summary,
    who: v.createdBy?.name ?? null,
    viewHref: `/matrix?lang=${lang}&version=${v.number}`,
    changesHref: `/curation/changes?since=${v.number}&lang=${lang}`,
    request: v.changeRequestId
      ? { id: v.changeRequestId, href: `/curation/requests/${v.changeRequestId}?lang=${lang}` }
      : null,
    latest: i === 0,
  }));
}
