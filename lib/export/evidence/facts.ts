import type { Citation, Dataset, DatasetAssessment } from "@/lib/dataset/schema";
import { dimensionName, pick, pickNote } from "@/lib/dataset/localize";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { buildActors } from "@/lib/charts/actors/model";
import { buildDataLaws } from "@/lib/charts/data-laws/model";
import { describeFigure } from "@/lib/charts/figures";
import { buildIndicators } from "@/lib/charts/indicators/model";
import { eventPeriod } from "@/lib/charts/lanes/event-focus";
import { assessmentOf, levelLabel, maturityDimensions } from "@/lib/charts/scales";
import { buildTimeline } from "@/lib/charts/timeline/model";
import type { ChartTarget } from "@/lib/charts/types";

/** A fact a view shows, with its citations; or a place where the view shows nothing (`citations: []`): the sources are silent. */
export interface ViewFact {
  type: "assessment" | "event" | "observation" | "actor-role";
  /** Stable: `CN:development-model`, an event or observation key, `actor-key:dimension`; empty for a silent country. */
  key: string;
  country: string;
  label: string;
  value: string;
  summary: string;
  note: string | null;
  citations: Citation[];
}

type Build = (data: Dataset, state: ViewState) => ViewFact[];

const assessmentFact = (
  data: Dataset,
  state: ViewState,
  country: string,
  dimension: string,
  a: DatasetAssessment | undefined,
): ViewFact => {
  const level = a?.level;
  const label = levelLabel(data, dimension, level, state);
  return {
    type: "assessment",
    key: `${country}:${dimension}`,
    country,
    label: dimensionName(data, dimension, state.lang),
    value: level === undefined ? "" : label ? `${level} \u00b7 ${label}` : String(level),
    summary: a ? pick(state.lang, a.summaryZh, a.summaryEn) : "",
    note: a ? pickNote(state.lang, a) : null,
    citations: a?.citations ?? [],
  };
};

/** Every country × dimension cell of some dimensions; a cell with no assessment (or no level, when `scaled`) is silent. */
const cells =
  (dimensions: (data: Dataset, state: ViewState) => string[], scaled: boolean): Build =>
  (data, state) =>
    dimensions(data, state).flatMap((d) =>
      state.countries.map((c) => {
        const a = assessmentOf(data, c, d);
        return assessmentFact(data, state, c, d, scaled && a?.level === undefined ? undefined : a);
      }),
    );

/** The chart's rows (its table's `rowFocus`) as facts; a selected country with none is one silent entry. */
function withSilent(state: ViewState, type: ViewFact["type"], facts: ViewFact[]): ViewFact[] {
  const silent = state.countries
    .filter((c) => !facts.some((f) => f.country === c))
    .map((country) => ({
      type,
      key: "",
      country,
      label: "",
      value: "",
      summary: "",
      note: null,
      citations: [],
    }));
  return [...facts, ...silent];
}

const focusKeys = (rowFocus: string[] | undefined, prefix: string) =>
  (rowFocus ?? []).map((f) => f.slice(prefix.length));

function eventFacts(data: Dataset, state: ViewState, keys: string[]): ViewFact[] {
  const t = translator(state.lang);
  return keys.flatMap((key) => {
    const e = data.timeline.find((x) => x.key === key);
    return e
      ? [
          {
            type: "event" as const,
            key,
            country: e.country,
            label: pick(state.lang, e.titleZh, e.titleEn),
            value: eventPeriod(e, state.lang),
            summary: t(`timeline.kinds.${e.kind}`),
            note: pickNote(state.lang, e),
            citations: e.citations,
          },
        ]
      : [];
  });
}

const BUILDS: Record<ChartTarget, Build> = {
  matrix: cells(
    (data, state) =>
      data.dimensions.filter((d) => !state.dims || state.dims.includes(d.key)).map((d) => d.key),
    false,
  ),
  radar: cells((data, state) => maturityDimensions(data, state).map((d) => d.key), true),
  "development-model": cells(() => ["development-model"], true),
  timeline: (data, state) =>
    withSilent(
      state,
      "event",
      eventFacts(data, state, focusKeys(buildTimeline(data, state).table.rowFocus, "event:")),
    ),
  // The rules, then each country's data-governance position the chart gives beside them.
  "data-laws": (data, state) => [
    ...withSilent(
      state,
      "event",
      eventFacts(data, state, focusKeys(buildDataLaws(data, state).table.rowFocus, "event:")),
    ),
    ...cells(() => ["data-governance"], true)(data, state),
  ],
  indicators: (data, state) => {
    const t = translator(state.lang);
    const keys = focusKeys(buildIndicators(data, state).table.rowFocus, "observation:");
    const facts = keys.flatMap((key) => {
      const o = data.observations.find((x) => x.key === key);
      const indicator = data.indicators.find((i) => i.key === o?.indicator);
      if (!o || !indicator) return [];
      const figure = describeFigure(
        o,
        pick(state.lang, indicator.unitZh, indicator.unitEn),
        state.lang,
        t,
      );
      return [
        {
          type: "observation" as const,
          key,
          country: o.country,
          label: pick(state.lang, indicator.nameZh, indicator.nameEn),
          value: figure.words,
          summary: figure.year,
          note: pickNote(state.lang, o),
          citations: o.citations,
        },
      ];
    });
    return withSilent(state, "observation", facts);
  },
  // One entry per role the chart shows (with a dimension filter, only the roles on those dimensions).
  actors: (data, state) => {
    const keys = focusKeys(buildActors(data, state).table.rowFocus, "actor:");
    const facts = keys.flatMap((key) => {
      const a = data.actors.find((x) => x.key === key);
      return (a?.roles ?? [])
        .filter((r) => !state.dims || state.dims.includes(r.dimension))
        .map((r) => ({
          type: "actor-role" as const,
          key: `${key}:${r.dimension}`,
          country: a!.country,
          label: `${pick(state.lang, a!.nameZh, a!.nameEn)} \u00b7 ${dimensionName(data, r.dimension, state.lang)}`,
          value: pick(state.lang, r.roleZh, r.roleEn),
          summary: translator(state.lang)(`actors.types.${a!.type}`),
          note: null,
          citations: r.citations,
        }));
    });
    return withSilent(state, "actor-role", facts);
  },
};

/** The facts a chart (or the matrix) shows for a view, in its table's order, with the places it is silent. */
export const viewFacts = (chart: ChartTarget, data: Dataset, state: ViewState): ViewFact[] =>
  BUILDS[chart](data, state);
