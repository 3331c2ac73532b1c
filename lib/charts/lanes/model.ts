import type { Dataset, DatasetTimelineEvent, EventKind } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { countryName, pick, pickNote } from "@/lib/dataset/localize";
import { eventFocus, eventPeriod, type EventFocus } from "@/lib/charts/lanes/event-focus";
import { countryColor } from "@/lib/charts/style";

export const EVENT_KINDS: readonly EventKind[] = [
  "stage",
  "policy",
  "law",
  "standard",
  "pilot",
  "event",
];

/** One mark in a country's lane. On the year axis a year is the cell [Y, Y+1). */
export interface LaneItem {
  key: string;
  kind: EventKind;
  kindLabel: string;
  title: string;
  period: string;
  citations: number;
  /** Where the event begins, where its point mark sits (the middle of its year or month), and where it ends (exclusive). */
  start: number;
  at: number;
  end: number | null;
  ongoing: boolean;
  /** A stage with an end or still going on is drawn as a band. */
  band: boolean;
}

export interface Lane {
  country: string;
  name: string;
  color: string;
  /** A second line under the name (data-laws: the data-governance level). */
  detail: string | null;
  /** What the lane says when it has no mark. */
  emptyText: string;
  items: LaneItem[];
}

export interface LanesData {
  lanes: Lane[];
  /** The years shown (from–to), and the years the zoom can reach (min–max). */
  range: { from: number; to: number; min: number; max: number };
  perYear: { year: number; count: number }[];
  kinds: { kind: EventKind; label: string }[];
  focusKey: string | null;
}

export interface LanesModelData {
  chart: LanesData;
  focus: EventFocus;
  /** Context shown beside the chart (data-laws: each country's data-governance position). */
  context?: { heading: string; lines: string[] };
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** A partial date on the year axis: its first instant, its middle, or its end. */
export function dateX(date: string, edge: "start" | "mid" | "end"): number {
  const [year, month] = date.split("-").map(Number);
  const offset = { start: 0, mid: 0.5, end: 1 }[edge];
  return month === undefined ? year + offset : year + (month - 1 + offset) / 12;
}

export function overlapsYears(e: DatasetTimelineEvent, from: number, to: number): boolean {
  return yearOf(e.start) <= to && (e.ongoing === true || yearOf(e.end ?? e.start) >= from);
}

/** The years the axis can show: from the first event to the present, widened to an asked range. */
export function yearRange(events: DatasetTimelineEvent[], state: ViewState, now: Date) {
  const thisYear = now.getUTCFullYear();
  const min = Math.min(thisYear, ...events.map((e) => yearOf(e.start)));
  const max = Math.max(thisYear, ...events.map((e) => yearOf(e.end ?? e.start)));
  // A one-sided range beyond the data keeps its asked end and never turns inside out.
  const from = state.from ?? Math.min(min, state.to ?? min);
  const to = state.to ?? Math.max(max, state.from ?? max);
  return { from, to, min: Math.min(min, from), max: Math.max(max, to) };
}

export interface LanesOptions {
  now: Date;
  /** The chart's events of every selected country, before the year range is applied. */
  events: DatasetTimelineEvent[];
  detail?: (country: string) => string | null;
  emptyText: (country: string, hasAny: boolean, range: { from: number; to: number }) => string;
}

/** The lane layout both the timeline and the data-laws chart draw, with the events it shows. */
export function buildLanes(data: Dataset, state: ViewState, options: LanesOptions) {
  const t = translator(state.lang);
  const range = yearRange(options.events, state, options.now);
  // Table order: the lanes' order, then by date (the dataset's order within a country).
  const lane = (e: DatasetTimelineEvent) => state.countries.indexOf(e.country);
  const shown = options.events
    .filter((e) => overlapsYears(e, range.from, range.to))
    .sort((a, b) => lane(a) - lane(b));
  const item = (e: DatasetTimelineEvent): LaneItem => {
    const band = e.kind === "stage" && (e.end !== undefined || e.ongoing === true);
    return {
      key: e.key,
      kind: e.kind,
      kindLabel: t(`timeline.kinds.${e.kind}`),
      title: pick(state.lang, e.titleZh, e.titleEn),
      period: eventPeriod(e, state.lang),
      citations: e.citations.length,
      start: dateX(e.start, "start"),
      at: dateX(e.start, "mid"),
      end: e.end ? dateX(e.end, "end") : null,
      ongoing: e.ongoing === true,
      band,
    };
  };
  const lanes = state.countries.map((country): Lane => ({
    country,
    name: countryName(data, country, state.lang),
    color: countryColor(data.countries, country),
    detail: options.detail?.(country) ?? null,
    emptyText: options.emptyText(
      country,
      options.events.some((e) => e.country === country),
      range,
    ),
    items: shown.filter((e) => e.country === country).map(item),
  }));
  const perYear = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i).map(
    (year) => ({ year, count: options.events.filter((e) => yearOf(e.start) === year).length }),
  );
  const kinds = EVENT_KINDS.filter((k) => shown.some((e) => e.kind === k)).map((kind) => ({
    kind,
    label: t(`timeline.kinds.${kind}`),
  }));
  const focus = eventFocus(data, state, options.events, shown);
  const chart: LanesData = {
    lanes,
    range,
    perYear,
    kinds,
    focusKey: focus.status === "found" ? focus.key : null,
  };
  return { shown, lanes, range, chart, focus };
}

/** Caveats for the caption: what a country's lane lacks, then the notes of the given events. */
export function laneCaveats(
  lanes: Lane[],
  noted: DatasetTimelineEvent[],
  state: ViewState,
): string[] {
  const t = translator(state.lang);
  const empty = lanes.filter((l) => l.items.length === 0).map((l) => l.emptyText);
  const notes = noted.flatMap((e) => {
    const note = pickNote(state.lang, e);
    return note
      ? [t("timeline.itemNote", { title: pick(state.lang, e.titleZh, e.titleEn), note })]
      : [];
  });
  return [...empty, ...notes];
}
