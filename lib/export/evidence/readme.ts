import { pick, pickNote, sourceAuthor, sourceLabel } from "@/lib/dataset/localize";
import type { Dataset, DatasetSource } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { scaledDimensions } from "@/lib/charts/scales";
import type { ChartTarget } from "@/lib/charts/types";
import { EVIDENCE_COLUMNS, type EvidenceRow } from "./rows";

export interface ReadmeInput {
  chart: ChartTarget;
  title: string;
  /** The chart's caveats as its caption shows them (countries with no data, notes on events). */
  caveats: string[];
  data: Dataset;
  state: ViewState;
  version: number;
  permalink: string;
  files: { data: string; evidence: string };
  rows: EvidenceRow[];
  now: Date;
}

const list = (lines: string[]) => lines.map((line) => `- ${line}`).join("\n");

/** The sources the rows quote, each at the version quoted, in the dataset's order. */
function quotedSources(data: Dataset, rows: EvidenceRow[]): DatasetSource[] {
  const wanted = new Set(rows.map((r) => `${r.source_id}@${r.source_version}`));
  return data.sources.filter((s) => wanted.has(`${s.key}@${s.version ?? 1}`));
}

/**
 * The README of a view's data-and-evidence zip, in the view's language: what the files are, every
 * source cited, the caveats, what the scores mean, the dataset version, the licence note, the
 * view's permalink and the export date.
 */
export function evidenceReadme(input: ReadmeInput): string {
  const { data, state, rows } = input;
  const lang = state.lang;
  const t = translator(lang);
  const sources = quotedSources(data, rows);
  const external = [
    ...new Map(
      rows
        .filter((r) => r.evidence === "external")
        .map((r) => [
          r.external_url,
          t("common.bundle.externalLine", {
            title: r.source_title,
            publisher: r.source_publisher,
            year: r.source_date,
            url: r.external_url,
          }),
        ]),
    ).values(),
  ];
  const sourceLines = sources.map((s) => {
    const note = pickNote(lang, s);
    return [
      t("common.bundle.sourceLine", {
        label: sourceLabel(s, lang),
        author: sourceAuthor(s, lang),
        date: s.date ?? t("common.bundle.noDate"),
        file: s.file,
        id: s.key,
        version: String(s.version ?? 1),
      }),
      ...(s.publisher ? [t("common.bundle.publisher", { publisher: s.publisher })] : []),
      ...(s.url ? [s.url] : []),
      ...(note ? [t("common.bundle.sourceNote", { note })] : []),
    ].join("\n  ");
  });
  const count = (evidence: string, withCaveat = false) =>
    rows.filter((r) => r.evidence === evidence && (!withCaveat || r.caveat !== "")).length;
  // What the dataset says about each selected country's coverage (a country the sources only mention).
  const coverage = state.countries.flatMap((key) => {
    const country = data.countries.find((c) => c.key === key);
    const note = country ? pickNote(lang, country) : null;
    return note
      ? [
          t("common.bundle.countryNote", {
            country: pick(lang, country!.nameZh, country!.nameEn),
            note,
          }),
        ]
      : [];
  });
  const caveats = [
    ...input.caveats,
    ...coverage,
    ...(count("source", true) ? [t("common.bundle.noted", { count: count("source", true) })] : []),
    ...(count("silent") ? [t("common.bundle.silent", { count: count("silent") })] : []),
    ...(count("external") ? [t("common.bundle.external", { count: count("external") })] : []),
  ];
  // The scales of the assessments shown: each level's label and rubric, as the dataset words them.
  const assessed = new Set(
    rows.filter((r) => r.fact_type === "assessment").map((r) => r.fact_key.split(":")[1]),
  );
  const scales = scaledDimensions(data, { ...state, dims: null })
    .filter((d) => assessed.has(d.key))
    .map(
      (d) =>
        `**${pick(lang, d.nameZh, d.nameEn)}**\n\n${list(
          d.scale!.map((l) =>
            t("common.bundle.level", {
              level: l.level,
              label: pick(lang, l.labelZh, l.labelEn),
              rubric: pick(lang, l.rubricZh, l.rubricEn),
            }),
          ),
        )}`,
    );
  const licensed = sources.filter((s) => s.licence);
  const licence = [
    t("common.bundle.noLicence"),
    ...licensed.map((s) =>
      t("common.bundle.sourceLicence", { label: sourceLabel(s, lang), licence: s.licence! }),
    ),
  ];
  const date = input.now.toISOString().slice(0, 10);
  return [
    `# ${t("common.bundle.title", { title: input.title })}`,
    list([
      t("common.bundle.permalink", { url: input.permalink }),
      t("common.bundle.version", { version: input.version }),
      t("common.bundle.exported", { date, product: t("common.product") }),
    ]),
    `## ${t("common.bundle.filesHeading")}`,
    list([
      t("common.bundle.dataFile", { file: input.files.data }),
      t("common.bundle.evidenceFile", {
        file: input.files.evidence,
        columns: EVIDENCE_COLUMNS.map((c) => `\`${c}\``).join(", "),
      }),
    ]),
    `## ${t("common.bundle.sourcesHeading")}`,
    sourceLines.length ? list(sourceLines) : t("common.bundle.noSources"),
    ...(external.length ? [`## ${t("common.bundle.externalHeading")}`, list(external)] : []),
    `## ${t("common.bundle.caveatsHeading")}`,
    caveats.length ? list(caveats) : t("common.bundle.noCaveats"),
    ...(scales.length ? [`## ${t("common.bundle.scoresHeading")}`, ...scales] : []),
    `## ${t("common.bundle.licenceHeading")}`,
    list(licence),
    "",
  ].join("\n\n");
}
