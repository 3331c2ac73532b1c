import { assessmentMark } from "@/lib/charts/mark-keys";
import { buildMatrix } from "@/lib/charts/matrix/model";
import { NO_NUMBERS, numberAnnotations } from "@/lib/charts/numbering";
import { countryName } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import type { ChosenAnnotations } from "@/lib/export/annotation-choice";
import { formatDateTime } from "@/lib/i18n/date-time";
import { formatList, translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { buildOverview } from "@/lib/views/overview";
import { buildBibliography, factKeys } from "./bibliography";

/**
 * A summary's first sentence, whole, for the contrasts (the matrix prints the rest): up to the
 * first Chinese full stop, or a Latin one before a space or the end.
 */
export function firstSentence(text: string): string {
  const match = text.match(/^[\s\S]*?(?:[\u3002\uFF01\uFF1F]|[.!?](?=\s|$))/);
  return (match ? match[0] : text).trim();
}

/** Which dataset the briefing shows, as the view context names it. */
export type BriefingDataset =
  | { kind: "published"; version: number }
  | { kind: "pinned"; version: number; latest: number }
  | { kind: "preview"; title: string; latest: number };

export interface BriefingOptions {
  /** The origin readers reach the app at, for the permalink and the passage links on paper. */
  origin: string;
  dataset: BriefingDataset;
  preparedBy: string;
  /** The annotations chosen for the matrix, or null for none. */
  matrixNotes: ChosenAnnotations | null;
  now?: Date;
  /** The reader's time zone, for the date on the cover (UTC when not given). */
  timeZone?: string;
}

/**
 * The printed briefing's words, beside the chart images: a cover (countries, date, dataset
 * version, absolute permalink), the headline contrasts, the matrix with full summaries and the
 * numbers of its sources and annotations, and the numbered bibliography those numbers refer to.
 */
export function buildBriefing(data: Dataset, state: ViewState, options: BriefingOptions) {
  const t = translator(state.lang);
  const now = options.now ?? new Date();
  const { origin, dataset } = options;
  const countries = state.countries.map((c) => countryName(data, c, state.lang));
  const refs = (key: string) => bibliography.refs.get(key) ?? [];
  // A handout points at the version it shows: the permalink pins it (a preview cannot be pinned).
  const pinned = dataset.kind === "preview" ? state : { ...state, version: dataset.version };
  const bibliography = buildBibliography(data, pinned, origin);
  const permalink = `${origin}${viewHref("/", pinned, { focus: null, view: "chart" })}`;
  const overview = buildOverview(data, state);
  const matrix = buildMatrix(data, state).data;
  const numbers = options.matrixNotes
    ? numberAnnotations(
        options.matrixNotes.items,
        "matrix",
        options.matrixNotes.limit,
        options.matrixNotes.total,
      )
    : NO_NUMBERS;
  const assessment = factKeys.assessment;
  return {
    cover: {
      kicker: t("report.cover.kicker"),
      title: t("report.cover.title", { countries: formatList(countries, state.lang, "phrase") }),
      lede: t("report.cover.lede"),
      facts: [
        { key: "countries", label: t("report.cover.countries"), value: countries.join(" · ") },
        {
          key: "date",
          label: t("report.cover.date"),
          value: formatDateTime(now, state.lang, options.timeZone ?? "UTC", { dateStyle: "long" }),
        },
        {
          key: "version",
          label: t("report.cover.version"),
          value:
            dataset.kind === "preview"
              ? t("report.cover.preview", { title: dataset.title, latest: dataset.latest })
              : dataset.kind === "pinned"
                ? t("report.cover.pinned", { version: dataset.version, latest: dataset.latest })
                : t("report.cover.published", { version: dataset.version }),
        },
        {
          key: "dimensions",
          label: t("report.cover.dimensions"),
          value: state.dims
            ? matrix.rows.map((r) => r.name).join(" · ")
            : t("report.cover.allDimensions", { count: data.dimensions.length }),
        },
        {
          key: "years",
          label: t("report.cover.years"),
          value:
            state.from === null && state.to === null
              ? t("report.cover.allYears")
              : `${state.from ?? ""}–${state.to ?? ""}`,
        },
        { key: "preparedBy", label: t("report.cover.preparedBy"), value: options.preparedBy },
      ],
      permalink,
    },
    contrasts: overview.headlines.map((h) => ({
      key: h.key,
      name: h.name,
      cells: h.cells.map((c) => ({
        country: c.country,
        levelLabel: c.levelLabel,
        tone: c.tone,
        gist: c.summary === null ? null : firstSentence(c.summary),
        rules: c.rules.map((r) => `${r.date} ${r.title}`),
        refs: refs(assessment(c.country, h.key)),
      })),
    })),
    figures: overview.indicators.map((i) => ({
      key: i.key,
      country: i.country,
      name: i.name,
      value: i.value,
      year: i.year,
      refs: refs(factKeys.observation(i.key)),
    })),
    countries: overview.countries,
    countriesWithoutFigures: overview.countriesWithoutIndicators,
    matrix: matrix.rows.map((row) => ({
      key: row.key,
      name: row.name,
      description: row.description,
      cells: row.cells.map((cell) => ({
        country: cell.country,
        levelLabel: cell.levelLabel,
        tone: cell.tone,
        summary: cell.summary,
        refs: refs(assessment(cell.country, row.key)),
        notes: numbers.byMark[assessmentMark(cell.country, row.key)] ?? [],
      })),
    })),
    matrixNotes: { legend: numbers.legend, more: numbers.more },
    bibliography,
  };
}

export type Briefing = ReturnType<typeof buildBriefing>;
