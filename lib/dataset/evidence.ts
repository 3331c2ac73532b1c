import type { Citation, Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { pickNote, sourceLabel } from "./localize";
import { citedSource, findSource, latestSources } from "./sources";
import { citedPassage, type PassageTarget } from "./passage-target";

/** One piece of evidence as a view shows it; only what the browser needs. */
export type EvidenceView =
  | {
      kind: "source";
      sourceKey: string;
      sourceLabel: string;
      quote: string;
      /** The English translation, given in English mode only. */
      translation: string | null;
      /** The passage in the source viewer. */
      href: string;
      /** The quoted passage as an annotation target; null when the source's current text no longer holds it. */
      passage: PassageTarget | null;
      note: string | null;
    }
  | {
      kind: "external";
      title: string;
      publisher: string;
      year: number;
      url: string;
      note: string | null;
    };

export const passageFocus = (start: number, end: number) => `passage:${start}-${end}`;

export function sourcePassageHref(
  state: ViewState,
  sourceKey: string,
  start: number,
  end: number,
): string {
  return `${viewHref(`/sources/${sourceKey}`, state, { focus: passageFocus(start, end), from: null, to: null, view: "chart" })}#passage-${start}-${end}`;
}

export function evidenceOf(
  citations: readonly Citation[],
  data: Dataset,
  state: ViewState,
): EvidenceView[] {
  const lang = state.lang;
  return citations.map((c): EvidenceView => {
    if (c.kind === "external")
      return {
        kind: "external",
        title: c.title,
        publisher: c.publisher,
        year: c.year,
        url: c.url,
        note: pickNote(lang, c),
      };
    const source = citedSource(data, c);
    return {
      kind: "source",
      sourceKey: c.source,
      sourceLabel: source ? sourceLabel(source, lang) : c.source,
      quote: c.quote,
      translation: lang === "en" ? (c.translationEn ?? null) : null,
      href: sourcePassageHref(state, c.source, c.start, c.end),
      // Annotated in the text the viewer shows: the source's latest version.
      passage: citedPassage(findSource(data, c.source), c),
      note: pickNote(lang, c),
    };
  });
}

/** The documents behind some citations, for a caption: source documents first, then external references. */
export function citedSources(citations: Iterable<Citation>, data: Dataset, lang: Lang): string[] {
  const sources = new Set<string>();
  const external = new Set<string>();
  for (const c of citations) {
    if (c.kind === "source") sources.add(c.source);
    else external.add(`${c.publisher} (${c.year})`);
  }
  const labels = latestSources(data)
    .filter((s) => sources.has(s.key))
    .map((s) => sourceLabel(s, lang));
  const t = translator(lang);
  const marked = [...external]
    .sort()
    .map((reference) => t("common.evidence.externalLine", { reference }));
  return [...labels, ...marked];
}
