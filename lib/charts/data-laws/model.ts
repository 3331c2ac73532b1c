import type { Dataset } from "@/lib/dataset/schema";
import { formatList, translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { citedSources } from "@/lib/dataset/evidence";
import { countryName, dimensionName, pick, pickNote } from "@/lib/dataset/localize";
import { eventPeriod } from "@/lib/charts/lanes/event-focus";
import { buildLanes, laneCaveats, type LanesModelData } from "@/lib/charts/lanes/model";
import { assessmentOf, levelLabel } from "@/lib/charts/scales";
import { eventsOf } from "@/lib/charts/timeline/model";
import { eventMark } from "@/lib/charts/mark-keys";
import { isDataRule } from "@/lib/dataset/drawn";
import type { ChartModel } from "@/lib/charts/types";

const CONTEXT_DIMENSION = "data-governance";

/** Policies, laws and standards on a dimension of the `data` group: the data and personal-information rules. */
export function dataRules(data: Dataset, state: ViewState) {
  return eventsOf(data, state, (e) => isDataRule(e, data));
}

export function buildDataLaws(
  data: Dataset,
  state: ViewState,
  now = new Date(),
): ChartModel<LanesModelData> {
  const t = translator(state.lang);
  const scale = data.dimensions.find((d) => d.key === CONTEXT_DIMENSION)?.scale ?? [];
  const max = Math.max(0, ...scale.map((l) => l.level));
  const position = (country: string) => assessmentOf(data, country, CONTEXT_DIMENSION);
  const { shown, lanes, chart, focus } = buildLanes(data, state, {
    now,
    events: dataRules(data, state),
    detail: (country) => {
      const level = position(country)?.level;
      return level === undefined ? null : t("timeline.dataLaws.laneLevel", { level, max });
    },
    emptyText: (country, hasAny, range) => {
      const name = countryName(data, country, state.lang);
      return hasAny
        ? t("timeline.noEventsInRange", { country: name, ...range })
        : t("timeline.dataLaws.noDataRule", { country: name });
    },
  });
  const assessed = state.countries.map(position).filter((a) => a !== undefined);
  const lines = state.countries.map((country) => {
    const level = position(country)?.level;
    const name = countryName(data, country, state.lang);
    const label = levelLabel(data, CONTEXT_DIMENSION, level, state);
    return level !== undefined && label
      ? t("timeline.dataLaws.position", { country: name, level, max, label })
      : t("timeline.dataLaws.noPosition", { country: name });
  });
  const assessmentNotes = assessed.flatMap((a) => {
    const note = pickNote(state.lang, a);
    return note
      ? [
          t("timeline.itemNote", {
            title: `${countryName(data, a.country, state.lang)} · ${dimensionName(data, CONTEXT_DIMENSION, state.lang)}`,
            note,
          }),
        ]
      : [];
  });
  return {
    key: "data-laws",
    title: t("charts.titles.data-laws"),
    description: t("timeline.dataLaws.description"),
    sources: citedSources(
      [...shown, ...assessed].flatMap((x) => x.citations),
      data,
      state.lang,
    ),
    marks: shown.map((e) => eventMark(e.key)),
    caveats: [...laneCaveats(lanes, shown, state), ...assessmentNotes],
    table: {
      columns: [
        { key: "country", label: t("timeline.columns.country") },
        { key: "date", label: t("timeline.columns.date") },
        { key: "kind", label: t("timeline.columns.kind") },
        { key: "title", label: t("timeline.columns.title") },
        { key: "dimensions", label: t("timeline.columns.dimensions") },
        { key: "citations", label: t("timeline.columns.citations"), numeric: true },
      ],
      focusColumn: "title",
      rowFocus: shown.map((e) => `event:${e.key}`),
      rows: shown.map((e) => ({
        country: countryName(data, e.country, state.lang),
        date: eventPeriod(e, state.lang),
        kind: t(`timeline.kinds.${e.kind}`),
        title: pick(state.lang, e.titleZh, e.titleEn),
        dimensions: formatList(
          (e.dimensions ?? []).map((d) => dimensionName(data, d, state.lang)),
          state.lang,
        ),
        citations: e.citations.length,
      })),
    },
    empty: shown.length === 0,
    data: { chart, focus, context: { heading: t("timeline.dataLaws.context"), lines } },
  };
}
