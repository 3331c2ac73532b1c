import type { ChangeProblem } from "@/lib/curation/apply";
import type { PublishConflict } from "@/lib/curation/conflicts";
import { parseFactKey } from "@/lib/curation/facts";
import { pick } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import { findSource } from "@/lib/dataset/sources";
import type { Lang } from "@/lib/i18n/lang";
import { formatList } from "@/lib/i18n/translator";
import { fieldOf, headingOf } from "./change-request";
import { formatFieldValue } from "./field-labels";

// What stands between a request and publishing, in words: changes that no longer apply, fields
// published by someone else since it was written, other open requests on the same fields; and
// what a new source version did to the citations of the old one.

export interface ProblemRow {
  heading: string;
  field: string;
  message: string;
}

export interface ConflictRow {
  heading: string;
  field: string;
  base: string | null;
  published: string | null;
  proposed: string | null;
}

export interface OverlapRow {
  id: string;
  title: string;
  href: string;
  /** "Japan × Data governance: Summary (English)" for each fact both touch */
  facts: string[];
}

export function problemRows(
  data: Dataset,
  problems: readonly ChangeProblem[],
  lang: Lang,
): ProblemRow[] {
  return problems.map((p) => ({
    heading: p.factKey ? headingOf(data, p.factKey, lang) : "",
    field: fieldPath(p.field, lang),
    message: p.message,
  }));
}

/** `citations.0.quote` → "Citations (0.quote)": the field named, the path inside it kept. */
function fieldPath(path: string, lang: Lang): string {
  if (!path) return "";
  const [field, ...rest] = path.split(".");
  return rest.length ? `${fieldOf(field!, lang)} (${rest.join(".")})` : fieldOf(field!, lang);
}

export function conflictRows(
  data: Dataset,
  conflicts: readonly PublishConflict[],
  lang: Lang,
): ConflictRow[] {
  return conflicts.map((c) => {
    const entity = parseFactKey(c.factKey)?.entity ?? "assessment";
    const show = (v: unknown) =>
      c.field === "*"
        ? v === null || v === undefined
          ? null
          : JSON.stringify(v, null, 2)
        : formatFieldValue(data, entity, c.field, v, parseFactKey(c.factKey)?.key ?? null, lang);
    return {
      heading: headingOf(data, c.factKey, lang),
      field: fieldOf(c.field, lang),
      base: show(c.base),
      published: show(c.published),
      proposed: show(c.proposed),
    };
  });
}

export function overlapRows(
  data: Dataset,
  overlaps: readonly {
    id: string;
    title: string;
    overlaps: { factKey: string; fields: string[] }[];
  }[],
  lang: Lang,
): OverlapRow[] {
  return overlaps.map((o) => ({
    id: o.id,
    title: o.title,
    href: `/curation/requests/${o.id}?lang=${lang}`,
    facts: o.overlaps.map(
      (x) =>
        `${headingOf(data, x.factKey, lang)}: ${formatList(
          x.fields.map((f) => fieldOf(f, lang)),
          lang,
        )}`,
    ),
  }));
}

export interface ReanchorView {
  /** the source's title in the reader's language */
  source: string;
  from: number;
  to: number;
  anchored: number;
  moved: number;
  orphaned: number;
  /** The citations not found in the new version, with the fact each belongs to. */
  orphans: { heading: string; quote: string }[];
}

interface ReanchorReport {
  source: string;
  from: number;
  to: number;
  anchored: number;
  moved: number;
  orphaned: number;
  citations: { factKey: string; quote: string; status: string }[];
}

const isReport = (r: unknown): r is ReanchorReport =>
  typeof r === "object" &&
  r !== null &&
  typeof (r as ReanchorReport).source === "string" &&
  Array.isArray((r as ReanchorReport).citations);

/** The re-anchoring report a new source version attached to its request, if any. */
export function reanchorView(data: Dataset, report: unknown, lang: Lang): ReanchorView | null {
  if (!isReport(report)) return null;
  const source = findSource(data, report.source, report.to) ?? findSource(data, report.source);
  return {
    source: source ? pick(lang, source.titleZh, source.titleEn) : report.source,
    from: report.from,
    to: report.to,
    anchored: report.anchored,
    moved: report.moved,
    orphaned: report.orphaned,
    orphans: report.citations
      .filter((c) => c.status === "orphaned")
      .map((c) => ({ heading: headingOf(data, c.factKey, lang), quote: c.quote })),
  };
}
