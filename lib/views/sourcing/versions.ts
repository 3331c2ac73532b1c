import { formatPartialDate, pick } from "@/lib/dataset/localize";
import type { Dataset, DatasetSource } from "@/lib/dataset/schema";
import { sourceVersions, versionOf } from "@/lib/dataset/sources";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { formatDateTime, isoTime } from "@/lib/i18n/date-time";

// The versions of one source as the viewer shows them: which one is read (`sv=`), what it
// replaces, its publication details, and whether the uploaded file can be downloaded.

/** What the database knows of each stored version (lib/queries/sources.ts listSources). */
export interface StoredVersion {
  version: number;
  hasOriginal: boolean;
  addedAt: Date | string | null;
}

export interface SourceVersionsModel {
  key: string;
  version: number;
  count: number;
  latest: boolean;
  /** "Version 2 of 2 · replaces version 1 · added Dec 5, 2026, 11:05 AM GMT+8" */
  line: string;
  /** when the version was added, ISO 8601, for the line's title */
  addedAt: string | null;
  versions: { version: number; href: string; current: boolean; label: string }[];
  details: {
    publisher: string | null;
    date: string | null;
    url: string | null;
    licence: string | null;
    summary: string | null;
  };
  originalHref: string | null;
}

/** `sv=` from the URL: a positive version number, or null (the latest). */
export function parseSourceVersion(raw: string | string[] | undefined): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** Adds `sv=N` to a link of the viewer, before its fragment. */
export function withSourceVersion(href: string, version: number | null): string {
  if (version === null) return href;
  const [path, hash] = href.split("#");
  return `${path}${path.includes("?") ? "&" : "?"}sv=${version}${hash === undefined ? "" : `#${hash}`}`;
}

export function buildSourceVersions(
  data: Dataset,
  source: DatasetSource,
  stored: readonly StoredVersion[],
  lang: Lang,
  timeZone: string,
): SourceVersionsModel {
  const t = translator(lang);
  const all = sourceVersions(data, source.key);
  const version = versionOf(source);
  const latest = versionOf(all[all.length - 1]) === version;
  const file = stored.find((s) => s.version === version);
  const added = file?.addedAt ? formatDateTime(file.addedAt, lang, timeZone) : null;
  const line = [
    t("sourcing.viewer.versionOf", { version, count: all.length }),
    source.replaces ? t("sourcing.viewer.replaces", { version: source.replaces }) : null,
    added ? t("sourcing.viewer.added", { date: added }) : null,
  ].filter(Boolean);
  const base = `/sources/${source.key}?lang=${lang}`;
  return {
    key: source.key,
    version,
    count: all.length,
    latest,
    line: line.join(" · "),
    addedAt: file?.addedAt ? isoTime(file.addedAt) : null,
    versions: all.map((s) => ({
      version: versionOf(s),
      href: `${base}&sv=${versionOf(s)}`,
      current: versionOf(s) === version,
      label: t("sourcing.viewer.versionLabel", { version: versionOf(s) }),
    })),
    details: {
      publisher: source.publisher ?? null,
      date: source.date ? formatSourceDate(source.date, lang) : null,
      url: source.url ?? null,
      licence: source.licence ?? null,
      summary:
        source.summaryZh !== undefined && source.summaryEn !== undefined
          ? pick(lang, source.summaryZh, source.summaryEn)
          : null,
    },
    originalHref: file?.hasOriginal
      ? `/api/v1/sources/${encodeURIComponent(source.key)}/versions/${version}/original`
      : null,
  };
}

/** A source's date: "2003", "May 2003" or a whole day in the reader's locale. */
export function formatSourceDate(date: string, lang: Lang): string {
  if (date.length < 10) return formatPartialDate(date, lang);
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === "zh" ? "zh-CN" : "en", {
    dateStyle: "medium",
    timeZone: "UTC",
  });
}
