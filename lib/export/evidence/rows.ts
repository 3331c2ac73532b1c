import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "@/lib/csv/options";
import { passageFocus, sourcePassageHref } from "@/lib/dataset/evidence";
import {
  countryName,
  englishTranslation,
  pick,
  pickNote,
  sourceAuthor,
} from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import { citedSource, versionOf } from "@/lib/dataset/sources";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import type { ChartTarget } from "@/lib/charts/types";
import { viewFacts } from "./facts";

/**
 * The evidence CSV's columns. The header row is these keys, the same in every language, so that
 * scripts can read the file whatever language it was exported in; the cells are in the view's.
 */
export const EVIDENCE_COLUMNS = [
  "chart",
  "dataset_version",
  "country",
  "country_name",
  "fact_type",
  "fact_key",
  "fact_label",
  "fact_value",
  "fact_summary",
  "fact_note",
  "evidence",
  "citation",
  "quote",
  "quote_translation",
  "source_id",
  "source_version",
  "source_title",
  "source_author",
  "source_publisher",
  "source_date",
  "source_file",
  "location",
  "source_link",
  "external_url",
  "caveat",
] as const;
export type EvidenceRow = Record<(typeof EVIDENCE_COLUMNS)[number], string>;

/**
 * One row per fact the view shows × each of its citations: the exact quote and its source, or
 * the external reference (evidence `external`); a place where the view shows nothing because the
 * sources are silent is one row with evidence `silent`. `caveat` carries the dataset's note on
 * the quote (where the source is garbled, repeats itself or breaks off), or says the sources are silent.
 */
export function evidenceRows(
  chart: ChartTarget,
  data: Dataset,
  state: ViewState,
  version: number,
  origin: string,
): EvidenceRow[] {
  const t = translator(state.lang);
  const pinned = { ...state, version, preview: null };
  return viewFacts(chart, data, state).flatMap((fact) => {
    const base = {
      chart,
      dataset_version: String(version),
      country: fact.country,
      country_name: countryName(data, fact.country, state.lang),
      fact_type: fact.type,
      fact_key: fact.key,
      fact_label: fact.label,
      fact_value: fact.value,
      fact_summary: fact.summary,
      fact_note: fact.note ?? "",
    };
    const none = {
      citation: "",
      quote: "",
      quote_translation: "",
      source_id: "",
      source_version: "",
      source_title: "",
      source_author: "",
      source_publisher: "",
      source_date: "",
      source_file: "",
      location: "",
      source_link: "",
      external_url: "",
    };
    if (fact.citations.length === 0)
      return [{ ...base, ...none, evidence: "silent", caveat: t("common.evidence.noEvidence") }];
    return fact.citations.map((c, i): EvidenceRow => {
      const citation = String(i + 1);
      if (c.kind === "external")
        return {
          ...base,
          ...none,
          evidence: "external",
          citation,
          source_title: c.title,
          source_publisher: c.publisher,
          source_date: String(c.year),
          external_url: c.url,
          caveat: pickNote(state.lang, c) ?? "",
        };
      const source = citedSource(data, c);
      return {
        ...base,
        evidence: "source",
        citation,
        quote: c.quote,
        // The dataset translates into English only: an English quote has no translation.
        quote_translation: englishTranslation(c, source) ?? "",
        source_id: c.source,
        source_version: String(c.version ?? (source ? versionOf(source) : 1)),
        source_title: source ? pick(state.lang, source.titleZh, source.titleEn) : "",
        source_author: source ? sourceAuthor(source, state.lang) : "",
        source_publisher: source?.publisher ?? "",
        source_date: source?.date ?? "",
        source_file: source?.file ?? "",
        location: passageFocus(c.start, c.end),
        source_link: `${origin}${sourcePassageHref(pinned, c.source, c.start, c.end)}`,
        external_url: "",
        caveat: pickNote(state.lang, c) ?? "",
      };
    });
  });
}

/** The rows as CSV: the stable header keys, a byte-order mark, formula escaping. */
export const evidenceCsv = (rows: EvidenceRow[]) =>
  stringify(
    [[...EVIDENCE_COLUMNS], ...rows.map((row) => EVIDENCE_COLUMNS.map((key) => row[key]))],
    CSV_OPTIONS,
  );
