import type { Change, ChangeStatus } from "@/lib/curation/changes";
import { citationDiff, fieldDiff, type FactDiff } from "@/lib/curation/diff";
import { findFact, parseFactKey, type Entity, type FactValue } from "@/lib/curation/facts";
import type { Citation, Dataset } from "@/lib/dataset/schema";
import { findSource, versionOf } from "@/lib/dataset/sources";
import { pick } from "@/lib/dataset/localize";
import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";
import { isoTime } from "@/lib/i18n/date-time";
import { factHeading, fieldLabel, formatFieldValue } from "./field-labels";
import { touchedViews, type TouchedView } from "./touches";

// The review page of a change request as plain data: a card per change with its field-level
// diff in words, the cited passages in their context, and the views it touches; then what stands
// in the way of publishing (problems, conflicts, overlaps) and a source re-anchoring report.

/** Characters of the source shown on each side of a quote. */
export const QUOTE_WINDOW = 40;

export type CitationView =
  | {
      kind: "source";
      source: string;
      title: string;
      version: number;
      start: number;
      end: number;
      before: string;
      quote: string;
      after: string;
      translation: string | null;
      /** the passage in the source viewer; null when the cited version is not the latest */
      href: string | null;
      /** the source (version) is not in the dataset: only the quote can be shown */
      missing: boolean;
    }
  | { kind: "external"; title: string; publisher: string; year: number; url: string };

export interface FieldRow {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface ChangeCard {
  index: number;
  factKey: string;
  entity: Entity;
  entityName: string;
  heading: string;
  op: Change["op"];
  fields: FieldRow[];
  citationsAdded: CitationView[];
  citationsRemoved: CitationView[];
  touches: TouchedView[];
}

/** Drops a tag cut in half at the window's edge and the markup of an HTML source. */
const plain = (s: string) =>
  s
    .replace(/^[^<]*>/, (m) => (m.includes("<") ? m : ""))
    .replace(/<[^>]*$/, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ");

const lowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** The quote with up to QUOTE_WINDOW characters of its source on either side. */
export function quoteInContext(data: Dataset, c: Citation, lang: Lang): CitationView {
  if (c.kind === "external")
    return { kind: "external", title: c.title, publisher: c.publisher, year: c.year, url: c.url };
  const version = c.version ?? 1;
  const source = findSource(data, c.source, version);
  const latest = findSource(data, c.source);
  const base = {
    kind: "source" as const,
    source: c.source,
    version,
    start: c.start,
    end: c.end,
    quote: c.quote,
    translation: lang === "en" ? (c.translationEn ?? null) : null,
  };
  if (!source)
    return { ...base, title: c.source, before: "", after: "", href: null, missing: true };
  const text = source.text;
  let from = Math.max(0, c.start - QUOTE_WINDOW);
  if (lowSurrogate(text, from)) from += 1;
  let to = Math.min(text.length, c.end + QUOTE_WINDOW);
  if (lowSurrogate(text, to)) to -= 1;
  const before = plain(text.slice(from, c.start));
  const after = plain(text.slice(c.end, to));
  return {
    ...base,
    title: pick(lang, source.titleZh, source.titleEn),
    before: (from > 0 ? "…" : "") + before,
    after: after + (to < text.length ? "…" : ""),
    href:
      latest && versionOf(latest) === version
        ? `/sources/${encodeURIComponent(c.source)}?lang=${lang}&focus=passage:${c.start}-${c.end}`
        : null,
    missing: false,
  };
}

/** A change's diff computed from the published dataset, when it can no longer be applied. */
function diffOf(data: Dataset, change: Change): Omit<FactDiff, "factKey"> {
  const before = findFact(data, change.entity, change.key)?.value ?? null;
  let after: FactValue | null = null;
  if (change.op === "create") after = { ...change.key, ...change.fields };
  if (change.op === "update") {
    after = { ...before, ...change.fields };
    for (const [field, value] of Object.entries(change.fields ?? {}))
      if (value === null) delete after[field];
  }
  return {
    entity: change.entity,
    op: change.op,
    key: change.key,
    fields: fieldDiff(before, after),
    ...citationDiff(before, after),
    before,
    after,
  };
}

export interface RequestInput {
  id: string;
  status: ChangeStatus;
  publishedVersion: number | null;
  changes: Change[];
  diff: FactDiff[] | null;
}

export function buildChangeCards(data: Dataset, cr: RequestInput, lang: Lang): ChangeCard[] {
  return cr.changes.map((change, index) => {
    const d = cr.diff?.[index] ?? diffOf(data, change);
    const value = d.after ?? d.before;
    const row = (f: { field: string; before: unknown; after: unknown }): FieldRow => ({
      field: f.field,
      label: fieldLabel(f.field, lang),
      before: formatFieldValue(data, d.entity, f.field, f.before, d.before, lang),
      after: formatFieldValue(data, d.entity, f.field, f.after, d.after, lang),
    });
    return {
      index,
      factKey: `${d.entity}:${Object.values(d.key).join(":")}`,
      entity: d.entity,
      entityName: translateKey(lang, `curation.entities.${d.entity}`),
      heading: factHeading(data, d.entity, d.key, value, lang),
      op: d.op,
      fields: d.fields.map(row),
      citationsAdded: d.citationsAdded.map((c) => quoteInContext(data, c, lang)),
      citationsRemoved: d.citationsRemoved.map((c) => quoteInContext(data, c, lang)),
      touches: touchedViews(data, d.entity, d.key, value, cr, lang),
    };
  });
}

/** A fact named by its key, as a heading. */
export function headingOf(data: Dataset, factKey: string, lang: Lang): string {
  const parsed = parseFactKey(factKey);
  if (!parsed) return factKey;
  const value = findFact(data, parsed.entity, parsed.key)?.value ?? null;
  return factHeading(data, parsed.entity, parsed.key, value, lang);
}

/** A field of a fact named by its key: "*" (the whole fact) has its own label. */
export const fieldOf = (field: string, lang: Lang) =>
  field === "*" ? translateKey(lang, "curation.request.wholeFact") : fieldLabel(field, lang);

export interface ActivityItem {
  key: string;
  kind: "review" | "comment";
  name: string;
  /** the request's author speaking, shown as such in the thread */
  byAuthor: boolean;
  decision: "approve" | "request-changes" | "reject" | null;
  text: string;
  /** ISO 8601; shown in the reader's zone by the date-time component */
  at: string;
  revision: number | null;
}

interface Person {
  id: string;
  name: string;
}

/** Reviews and comments as one thread, oldest first. */
export function activityOf(
  cr: {
    authorId: string;
    reviews: {
      id: number | string;
      decision: string;
      comment: string;
      revision: number;
      createdAt: Date | string;
      reviewer: Person | null;
    }[];
    comments: {
      id: number | string;
      body: string;
      createdAt: Date | string;
      author: Person | null;
    }[];
  },
  lang: Lang,
): ActivityItem[] {
  const items = [
    ...cr.reviews.map((r) => ({
      key: `review-${r.id}`,
      kind: "review" as const,
      person: r.reviewer,
      decision: r.decision as ActivityItem["decision"],
      text: r.comment,
      at: new Date(r.createdAt),
      revision: r.revision,
    })),
    ...cr.comments.map((c) => ({
      key: `comment-${c.id}`,
      kind: "comment" as const,
      person: c.author,
      decision: null,
      text: c.body,
      at: new Date(c.createdAt),
      revision: null,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return items.map(({ person, at, ...item }) => ({
    ...item,
    name: person?.name ?? translateKey(lang, "curation.hub.unknownAuthor"),
    byAuthor: person?.id === cr.authorId,
    at: isoTime(at),
  }));
}
