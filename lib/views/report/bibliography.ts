import { englishTranslation, pickNote, sourceLabel } from "@/lib/dataset/localize";
import type { ChartTarget } from "@/lib/charts/types";
import { viewFacts } from "@/lib/export/evidence/facts";
import type { Citation, Dataset, DatasetSource } from "@/lib/dataset/schema";
import { citedSource } from "@/lib/dataset/sources";
import { sourcePassageHref, type EvidenceView } from "@/lib/dataset/evidence";
import { CHART_KEYS, type ViewState } from "@/lib/view-state/state";

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

/** An external reference, as a detail panel shows it (lib/dataset/evidence.ts), numbered. */
export type ExternalEntry = { n: number } & Extract<EvidenceView, { kind: "external" }>;

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

const citationKey = (c: Citation) =>
  c.kind === "source"
    ? `s:${c.source}:${c.version ?? 1}:${c.start}-${c.end}`
    : `e:${c.url}:${c.title}`;

/** The parts of the briefing that cite, in the order it prints them. */
const CITING: ChartTarget[] = ["matrix", ...CHART_KEYS];

/**
 * The bibliography of a report: the facts each part of it shows (the same as its evidence CSV,
 * lib/export/evidence/facts.ts), the matrix first, then the charts in the order printed. A quote
 * cited by several facts has one number. `origin` makes the passage links absolute, for paper;
 * they open the dataset version the briefing shows (`state.version`).
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
  const places = CITING.flatMap((part) => viewFacts(part, data, state)).flatMap((fact) =>
    fact.citations.map((citation) => ({ citation, fact: `${fact.type}:${fact.key}` })),
  );
  for (const { citation: c, fact } of places) {
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
          translation: lang === "en" ? englishTranslation(c, source) : null,
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
    const list = refs.get(fact) ?? [];
    if (!list.includes(n)) list.push(n);
    refs.set(fact, list);
  }
  return { entries, documents: [...documents.values()], refs };
}
