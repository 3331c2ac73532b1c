import { eachCitation } from "@/lib/dataset/citations";
import type { Dataset } from "@/lib/dataset/schema";
import { findSource, versionOf } from "@/lib/dataset/sources";

// Selections from one dataset snapshot (lib/queries/snapshot.ts); pure, so a request reads the snapshot once.

export interface ComparisonFilter {
  countries?: string[];
  dimensions?: string[];
  from?: number;
  to?: number;
}

const inList = (list: string[] | undefined, value: string) => !list || list.includes(value);
const year = (date: string) => Number(date.slice(0, 4));

export function listAssessments(data: Dataset, { countries, dimensions }: ComparisonFilter = {}) {
  return data.assessments.filter(
    (a) => inList(countries, a.country) && inList(dimensions, a.dimension),
  );
}

/** Events overlapping [from, to]. An event with neither an end nor `ongoing` is a point in time. */
export function listTimeline(data: Dataset, { countries, from, to }: ComparisonFilter = {}) {
  return data.timeline.filter((e) => {
    const first = year(e.start);
    const last = e.end ? year(e.end) : e.ongoing ? Number.POSITIVE_INFINITY : first;
    return (
      inList(countries, e.country) &&
      (from === undefined || last >= from) &&
      (to === undefined || first <= to)
    );
  });
}

export function listIndicators(data: Dataset, { countries }: ComparisonFilter = {}) {
  return data.indicators.map((indicator) => ({
    ...indicator,
    observations: data.observations.filter(
      (o) => o.indicator === indicator.key && inList(countries, o.country),
    ),
  }));
}

/** A source document (its latest version unless one is named) and the citations that point into that version, in text order. */
export function getSourceWithCitations(data: Dataset, key: string, version?: number) {
  const source = findSource(data, key, version);
  if (!source) return null;
  const citations = [...eachCitation(data)]
    .flatMap(({ citation, citedBy }) =>
      citation.kind === "source" &&
      citation.source === key &&
      (citation.version ?? 1) === versionOf(source)
        ? [{ citation, citedBy }]
        : [],
    )
    .sort((a, b) => a.citation.start - b.citation.start || a.citation.end - b.citation.end)
    .map(({ citation: c, citedBy }) => ({
      start: c.start,
      end: c.end,
      quote: c.quote,
      translationEn: c.translationEn,
      noteZh: c.noteZh,
      noteEn: c.noteEn,
      citedBy,
    }));
  return { source, citations };
}
