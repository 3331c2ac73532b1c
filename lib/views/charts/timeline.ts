import type { Dataset, DatasetTimelineEvent } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { citedSources } from "../evidence";
import { countryName, pick, pickNote } from "../localize";
import { eventPeriod } from "./event-focus";
import { buildLanes, laneNotes, type LanesModelData } from "./lanes";
import type { ChartModel } from "./types";

/** The selected countries' events that pass a test, in the dataset's order (country, start, key). */
export const eventsOf = (data: Dataset, state: ViewState, test: (e: DatasetTimelineEvent) => boolean = () => true) =>
  data.timeline.filter((e) => state.countries.includes(e.country) && test(e));

export function buildTimeline(data: Dataset, state: ViewState, now = new Date()): ChartModel<LanesModelData> {
  const t = translator(state.lang);
  const { shown, lanes, chart, focus } = buildLanes(data, state, {
    now,
    events: eventsOf(data, state),
    emptyText: (country, hasAny, range) => {
      const name = countryName(data, country, state.lang);
      return hasAny ? t("timeline.noEventsInRange", { country: name, ...range }) : t("timeline.noEvents", { country: name });
    },
  });
  return {
    key: "timeline",
    title: t("charts.titles.timeline"),
    description: t("timeline.timeline.description"),
    sources: citedSources(shown.flatMap((e) => e.citations), data, state.lang),
    // The stages' notes say where the source breaks off, repeats itself or leaves years out.
    notes: laneNotes(lanes, shown.filter((e) => e.kind === "stage"), state),
    table: {
      columns: [
        { key: "country", label: t("timeline.columns.country") },
        { key: "kind", label: t("timeline.columns.kind") },
        { key: "period", label: t("timeline.columns.period") },
        { key: "title", label: t("timeline.columns.title") },
        { key: "citations", label: t("timeline.columns.citations"), numeric: true },
        { key: "note", label: t("timeline.columns.note") },
      ],
      focusColumn: "title",
      rowFocus: shown.map((e) => `event:${e.key}`),
      rows: shown.map((e) => ({
        country: countryName(data, e.country, state.lang),
        kind: t(`timeline.kinds.${e.kind}`),
        period: eventPeriod(e, state.lang),
        title: pick(state.lang, e.titleZh, e.titleEn),
        citations: e.citations.length,
        note: pickNote(state.lang, e),
      })),
    },
    empty: shown.length === 0,
    data: { chart, focus },
  };
}
