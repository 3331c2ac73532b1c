import { eachCitation, type CitedBy } from "@/lib/dataset/citations";
import { pickNote, sourceLabel } from "@/lib/dataset/localize";
import type { Citation, Dataset, DatasetSource } from "@/lib/dataset/schema";
import { citedSource } from "@/lib/dataset/sources";
import { sourcePassageHref } from "@/lib/dataset/evidence";
import type { ViewState } from "@/lib/view-state/state";

// The report's numbered bibliography: every quote and external reference behind the facts the
// report shows, numbered in the order the report first cites them, and the documents they come
// from. The matrix cites by these numbers.

export interface QuoteEntry {
  n: number;
  kind: "source";
  quote: string;
  /** The English translation, in English reports. */
  translation: string | null;
  /** The document's entry in `documents`. */
  document: string;
  /** The passage in the source viewer, absolute. */
  href: string;
  note: string | null;
}

export interface ExternalEntry {
  n: number;
  kind: "external";
  title: string;
  publisher: string;
  year: number;
  url: string;
  note: string | null;
}

export type BibliographyEntry = QuoteEntry | ExternalEntry;

export interface BibliographyDocument {
  key: string;
  label: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  /** The numbers of its quotes. */
  quotes: number[];
}

export interface Bibliography {
  entries: BibliographyEntry[];
  documents: BibliographyDocument[];
  /** The numbers behind one fact, by `factKey`. */
  refs: Map<string, number[]>;
}

/** Stable keys of the facts that cite: the report looks their numbers up by them. */
export const factKeys = {
  assessment: (country: string, dimension: string) => `assessment:${country}:${dimension}`,
  event: (key: string) => `event:${key}`,
  observation: (key: string) => `observation:${key}`,
  actorRole: (actor: string, dimension: string) => `actor-role:${actor}:${dimension}`,
};

function factKey(by: CitedBy): string {
  switch (by.type) {
    case "assessment":
      return factKeys.assessment(by.country, by.dimension);
    case "event":
      return factKeys.event(by.key);
    case "observation":
      return factKeys.observation(by.key);
    case "actor-role":
      return factKeys.actorRole(by.actor, by.dimension);
  }
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Whether the report shows this fact: the view's countries, dimensions and years. */
function shown(by: CitedBy, data: Dataset, state: ViewState): boolean {
  if (!state.countries.includes(by.country)) return false;
  if (by.type === "assessment") return state.dims === null || state.dims.includes(by.dimension);
  if (by.type === "event" && (state.from !== null || state.to !== null)) {
    const e = data.timeline.find((x) => x.key === by.key);
    if (!e) return false;
    const start = yearOf(e.start);
    const end = e.ongoing ? Infinity : yearOf(e.end ?? e.start);
    return end >= (state.from ?? -Infinity) && start <= (state.to ?? Infinity);
  }
  return true;
}

const citationKey = (c: Citation) =>
  c.kind === "source"
    ? `s:${c.source}:${c.version ?? 1}:${c.start}-${c.end}`
    : `e:${c.url}:${c.title}`;

/**
 * The bibliography of a report: assessments first (the matrix, in its order), then events,
 * observations and actors, as the dataset lists them. A quote cited by several facts has one
 * number. `origin` makes the passage links absolute, for paper.
 */
export function buildBibliography(data: Dataset, state: ViewState, origin: string): Bibliography {
  const lang = state.lang;
  const numbers = new Map<string, number>();
  const entries: BibliographyEntry[] = [];
  const refs = new Map<string, number[]>();
  const documents = new Map<string, BibliographyDocument>();
  const documentOf = (source: DatasetSource | undefined, key: string) => {
    let doc = documents.get(key);
    if (!doc) {
      doc = {
        key,
        label: source ? sourceLabel(source, lang) : key,
        publisher: source?.publisher ?? null,
        date: source?.date ?? null,
        url: source?.url ?? null,
        quotes: [],
      };
      documents.set(key, doc);
    }
    return doc;
  };
  const places = [...eachCitation(data)].filter((p) => shown(p.citedBy, data, state));
  const order = ["assessment", "event", "observation", "actor-role"];
  places.sort((a, b) => order.indexOf(a.citedBy.type) - order.indexOf(b.citedBy.type));
  for (const { citation: c, citedBy } of places) {
    const key = citationKey(c);
    let n = numbers.get(key);
    if (n === undefined) {
      n = entries.length + 1;
      numbers.set(key, n);
      if (c.kind === "source") {
        const source = citedSource(data, c);
        const doc = documentOf(source, c.source);
        doc.quotes.push(n);
        entries.push({
          n,
          kind: "source",
          quote: c.quote,
          translation: lang === "en" ? (c.translationEn ?? null) : null,
          document: doc.key,
          href: `${origin}${sourcePassageHref(state, c.source, c.start, c.end)}`,
          note: pickNote(lang, c),
        });
      } else
        entries.push({
          n,
          kind: "external",
          title: c.title,
          publisher: c.publisher,
          year: c.year,
          url: c.url,
          note: pickNote(lang, c),
        });
    }
    const fact = factKey(citedBy);
    const list = refs.get(fact) ?? [];
    if (!list.includes(n)) list.push(n);
    refs.set(fact, list);
  }
  return { entries, documents: [...documents.values()], refs };
}
