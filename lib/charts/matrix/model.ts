import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { evidenceOf, type EvidenceView } from "@/lib/dataset/evidence";
import { countryName, pick, pickNote } from "@/lib/dataset/localize";
import { assessmentMark } from "@/lib/charts/mark-keys";
import { scaleTone } from "@/lib/charts/matrix/scale-tone";
import { assessmentSources } from "@/lib/charts/scales";
import type { ChartModel } from "@/lib/charts/types";
import { factKeyOf } from "@/lib/curation/facts";
import { factRefOf, type FactRef } from "@/lib/curation/fact-actions";
import { reviewedView, type ReviewedMarks, type ReviewedView } from "@/lib/curation/reviewed";

export interface MatrixCell {
  country: string;
  dimension: string;
  summary: string | null;
  level: number | null;
  levelLabel: string | null;
  /** The heatmap tone of the level (1–5). */
  tone: number | null;
  citations: number;
  href: string;
  focused: boolean;
  /** The reviewed mark of its assessment, on the live published data only. */
  reviewed: ReviewedView | null;
}

export interface MatrixRow {
  key: string;
  name: string;
  description: string;
  scaleMax: number | null;
  cells: MatrixCell[];
}

export interface CellDetail {
  lang: ViewState["lang"];
  country: string;
  countryName: string;
  dimension: string;
  dimensionName: string;
  description: string;
  summary: string | null;
  level: number | null;
  confidence: string | null;
  note: string | null;
  coverageNote: string | null;
  rubric: { level: number; tone: number; label: string; rubric: string; current: boolean }[] | null;
  evidence: EvidenceView[];
  closeHref: string;
  /** The assessment shown, when there is one: its history, edit form and reviewed mark. */
  factRef: FactRef | null;
}

export const cellFocus = (country: string, dimension: string) => `cell:${country}:${dimension}`;

/** What the page knows besides the dataset: the reviewed marks of the published facts. */
export interface MatrixExtras {
  reviewed?: ReviewedMarks;
}

export interface MatrixData {
  countries: { key: string; name: string }[];
  rows: MatrixRow[];
  allDimensions: { key: string; name: string }[];
  detail: CellDetail | null;
  focusMissing: boolean;
}

/**
 * Dimensions × selected countries, and the detail of the focused cell (`focus=cell:CN:development-model`);
 * its table (for CSV) has a row per dimension and country, and with the reviewed marks a column of them.
 */
export function buildMatrix(
  data: Dataset,
  state: ViewState,
  extras: MatrixExtras = {},
): ChartModel<MatrixData> {
  const path = "/matrix";
  const t = translator(state.lang);
  const reviewed = (c: string, d: string) =>
    reviewedView(
      extras.reviewed?.[factKeyOf("assessment", { country: c, dimension: d })],
      state.lang,
    );
  const dims = data.dimensions.filter((d) => !state.dims || state.dims.includes(d.key));
  const find = (c: string, d: string) =>
    data.assessments.find((a) => a.country === c && a.dimension === d);
  const rows: MatrixRow[] = dims.map((d) => ({
    key: d.key,
    name: pick(state.lang, d.nameZh, d.nameEn),
    description: pick(state.lang, d.descriptionZh, d.descriptionEn),
    scaleMax: d.scale ? Math.max(...d.scale.map((l) => l.level)) : null,
    cells: state.countries.map((c) => {
      const a = find(c, d.key);
      const step = d.scale?.find((l) => l.level === a?.level);
      const max = d.scale ? Math.max(...d.scale.map((l) => l.level)) : 0;
      return {
        country: c,
        dimension: d.key,
        summary: a ? pick(state.lang, a.summaryZh, a.summaryEn) : null,
        level: a?.level ?? null,
        levelLabel: step ? pick(state.lang, step.labelZh, step.labelEn) : null,
        tone: step ? scaleTone(step.level, max) : null,
        citations: a?.citations.length ?? 0,
        href: viewHref(path, state, { focus: cellFocus(c, d.key) }),
        focused: state.focus === cellFocus(c, d.key),
        reviewed: a ? reviewed(c, d.key) : null,
      };
    }),
  }));

  let detail: CellDetail | null = null;
  let focusMissing = false;
  const match = state.focus?.match(/^cell:([A-Z]{2}):([a-z0-9-]+)$/);
  if (match) {
    const [, c, dk] = match;
    const d = data.dimensions.find((x) => x.key === dk);
    const country = data.countries.find((x) => x.key === c);
    if (!d || !country || !state.countries.includes(c)) focusMissing = true;
    else {
      const a = find(c, dk);
      detail = {
        lang: state.lang,
        country: c,
        countryName: countryName(data, c, state.lang),
        dimension: dk,
        dimensionName: pick(state.lang, d.nameZh, d.nameEn),
        description: pick(state.lang, d.descriptionZh, d.descriptionEn),
        summary: a ? pick(state.lang, a.summaryZh, a.summaryEn) : null,
        level: a?.level ?? null,
        confidence: a ? t(`common.evidence.confidenceLevels.${a.confidence}`) : null,
        note: a ? pickNote(state.lang, a) : null,
        coverageNote: pickNote(state.lang, country),
        rubric:
          d.scale?.map((l, _i, all) => ({
            level: l.level,
            tone: scaleTone(l.level, Math.max(...all.map((x) => x.level))),
            label: pick(state.lang, l.labelZh, l.labelEn),
            rubric: pick(state.lang, l.rubricZh, l.rubricEn),
            current: l.level === a?.level,
          })) ?? null,
        evidence: a ? evidenceOf(a.citations, data, state) : [],
        closeHref: viewHref(path, state, { focus: null }),
        factRef: a
          ? factRefOf("assessment", { country: c, dimension: dk }, state, reviewed(c, dk))
          : null,
      };
    }
  } else if (state.focus) focusMissing = true;

  const countries = state.countries.map((c) => ({
    key: c,
    name: countryName(data, c, state.lang),
  }));
  const names = new Map(countries.map((c) => [c.key, c.name]));
  const shownDims = new Set(dims.map((d) => d.key));
  const assessed = data.assessments.filter(
    (a) => state.countries.includes(a.country) && shownDims.has(a.dimension),
  );
  return {
    key: "matrix",
    title: t("matrix.title"),
    description: t("matrix.description"),
    sources: assessmentSources(data, assessed, state),
    caveats: [],
    marks: rows.flatMap((row) =>
      row.cells.map((cell) => assessmentMark(cell.country, cell.dimension)),
    ),
    table: {
      columns: [
        { key: "dimension", label: t("charts.columns.dimension") },
        { key: "country", label: t("charts.columns.country") },
        { key: "level", label: t("charts.columns.level"), numeric: true },
        { key: "position", label: t("charts.columns.position") },
        { key: "summary", label: t("charts.columns.summary") },
        { key: "citations", label: t("matrix.export.citations"), numeric: true },
        ...(extras.reviewed
          ? [{ key: "reviewed", label: t("history.views.reviewed.column") }]
          : []),
      ],
      rows: rows.flatMap((row) =>
        row.cells.map((cell) => ({
          dimension: row.name,
          country: names.get(cell.country) ?? cell.country,
          level: cell.level,
          position: cell.levelLabel,
          summary: cell.summary,
          citations: cell.citations,
          ...(extras.reviewed
            ? {
                reviewed: cell.reviewed
                  ? t("history.views.reviewed.value", {
                      reviewer: cell.reviewed.reviewer,
                      date: cell.reviewed.day,
                    })
                  : null,
              }
            : {}),
        })),
      ),
    },
    empty: rows.length === 0,
    data: {
      countries,
      rows,
      allDimensions: data.dimensions.map((d) => ({
        key: d.key,
        name: pick(state.lang, d.nameZh, d.nameEn),
      })),
      detail,
      focusMissing,
    },
  };
}
