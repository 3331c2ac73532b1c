import type { Citation, Dataset } from "./schema";

/** What a citation is evidence for. */
export type CitedBy =
  | { type: "assessment"; country: string; dimension: string }
  | { type: "event"; key: string; country: string }
  | { type: "observation"; key: string; indicator: string; country: string }
  | { type: "actor-role"; actor: string; dimension: string; country: string };

export interface CitationPlace {
  citation: Citation;
  /** JSON path segments of the citation in the dataset document */
  path: (string | number)[];
  citedBy: CitedBy;
}

/** Every citation of a dataset, with where it stands and what it is evidence for. */
export function* eachCitation(data: Dataset): Generator<CitationPlace> {
  for (const [i, a] of data.assessments.entries()) {
    for (const [j, citation] of a.citations.entries())
      yield {
        citation,
        path: ["assessments", i, "citations", j],
        citedBy: { type: "assessment", country: a.country, dimension: a.dimension },
      };
  }
  for (const [i, e] of data.timeline.entries()) {
    for (const [j, citation] of e.citations.entries())
      yield {
        citation,
        path: ["timeline", i, "citations", j],
        citedBy: { type: "event", key: e.key, country: e.country },
      };
  }
  for (const [i, o] of data.observations.entries()) {
    for (const [j, citation] of o.citations.entries())
      yield {
        citation,
        path: ["observations", i, "citations", j],
        citedBy: { type: "observation", key: o.key, indicator: o.indicator, country: o.country },
      };
  }
  for (const [i, a] of data.actors.entries()) {
    for (const [k, r] of a.roles.entries()) {
      for (const [j, citation] of r.citations.entries())
        yield {
          citation,
          path: ["actors", i, "roles", k, "citations", j],
          citedBy: { type: "actor-role", actor: a.key, dimension: r.dimension, country: a.country },
        };
    }
  }
}
