import type { Dataset, DatasetTimelineEvent } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { citedSources } from "@/lib/dataset/evidence";
import { countryName, pick, pickNote } from "@/lib/dataset/localize";
import { eventPeriod } from "@/lib/charts/lanes/event-focus";
import { buildLanes, laneCaveats, type LanesModelData } from "@/lib/charts/lanes/model";
import { eventMark } from "@/lib/charts/mark-keys";
import type { ChartModel } from "@/lib/charts/types";

/** The selected countries' events that pass a test, in the dataset's order (country, start, key). */
export const eventsOf = (
  data: Dataset,
  state: ViewState,
  test: (e: DatasetTimelineEvent) => boolean = () => true,
) => data.timeline.filter((e) => state.countries.includes(e.country) && test(e));

export function buildTimeline(
  data: Dataset,
  state: ViewState,
  now = new Date(),
): ChartModel<LanesModelData> {
  const t = translator(state.lang);
  const { shown, lanes, chart, focus } = buildLanes(data, state, {
    now,
    events: eventsOf(data, state),
    emptyText: (country, hasAny, range) => {
      const name = countryName(data, country, state.lang);
      return hasAny
        ? t("timeline.noEventsInRange", { country: name, ...range })
        : t("timeline.noEvents", { country: name });
    },
  });
  return {
    key: "timeline",
    title: t("charts.titles.timeline"),
    description: t("timeline.timeline.description"),
    sources: citedSources(
      shown.flatMap((e) => e.citations),
      data,
      state.lang,
    ),
    // The stages' notes say where the source breaks off, repeats itself or leaves years out.
    marks: shown.map((e) => eventMark(e.key)),
    caveats: laneCaveats(
      lanes,
      shown.filter((e) => e.kind === "stage"),
      state,
    ),
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
