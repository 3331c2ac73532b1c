import type { Citation, Dataset, SourceCitation } from "@/lib/dataset/schema";

// Views of one dataset snapshot (lib/queries/snapshot.ts); pure, so a request reads the snapshot once.

export interface ComparisonFilter {
  countries?: string[];
  dimensions?: string[];
  from?: number;
  to?: number;
}

const inList = (list: string[] | undefined, value: string) => !list || list.includes(value);
const year = (date: string) => Number(date.slice(0, 4));

export function listAssessments(data: Dataset, { countries, dimensions }: ComparisonFilter = {}) {
  return data.assessments.filter((a) => inList(countries, a.country) && inList(dimensions, a.dimension));
}

/** Events overlapping [from, to]. An event with neither an end nor `ongoing` is a point in time. */
export function listTimeline(data: Dataset, { countries, from, to }: ComparisonFilter = {}) {
  return data.timeline.filter((e) => {
    const first = year(e.start);
    const last = e.end ? year(e.end) : e.ongoing ? Number.POSITIVE_INFINITY : first;
    return inList(countries, e.country) && (from === undefined || last >= from) && (to === undefined || first <= to);
  });
}

export function listIndicators(data: Dataset, { countries }: ComparisonFilter = {}) {
  return data.indicators.map((indicator) => ({
    ...indicator,
    observations: data.observations.filter((o) => o.indicator === indicator.key && inList(countries, o.country)),
  }));
}

export type CitedBy =
  | { type: "assessment"; country: string; dimension: string }
  | { type: "event"; key: string; country: string }
  | { type: "observation"; key: string; indicator: string; country: string }
  | { type: "actor-role"; actor: string; dimension: string; country: string };

/** Every source citation in the dataset with what cites it. */
export function citationsWithOwners(data: Dataset): { citation: SourceCitation; citedBy: CitedBy }[] {
  const out: { citation: SourceCitation; citedBy: CitedBy }[] = [];
  const add = (citations: Citation[], citedBy: CitedBy) =>
    citations.forEach((c) => c.kind === "source" && out.push({ citation: c, citedBy }));
  data.assessments.forEach((a) => add(a.citations, { type: "assessment", country: a.country, dimension: a.dimension }));
  data.timeline.forEach((e) => add(e.citations, { type: "event", key: e.key, country: e.country }));
  data.observations.forEach((o) => add(o.citations, { type: "observation", key: o.key, indicator: o.indicator, country: o.country }));
  data.actors.forEach((a) => a.roles.forEach((r) => add(r.citations, { type: "actor-role", actor: a.key, dimension: r.dimension, country: a.country })));
  return out;
}

/** A source document and the citations that point into it, in text order. */
export function getSourceWithCitations(data: Dataset, key: string) {
  const source = data.sources.find((s) => s.key === key);
  if (!source) return null;
  const citations = citationsWithOwners(data)
    .filter(({ citation }) => citation.source === key)
    .sort((a, b) => a.citation.start - b.citation.start || a.citation.end - b.citation.end)
    .map(({ citation, citedBy }) => ({ start: citation.start, end: citation.end, quote: citation.quote, translationEn: citation.translationEn, citedBy }));
  return { source, citations };
}
