import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { Dataset, DatasetTimelineEvent } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { evidenceOf, type EvidenceView } from "@/lib/dataset/evidence";
import { countryName, dimensionName, formatPeriod, pick, pickNote } from "@/lib/dataset/localize";

/** What the details panel shows for `focus=event:<key>`, built on the server from the URL. */
export type EventFocus =
  | { status: "none"; first: string | null }
  | { status: "missing"; key: string }
  | {
      status: "found";
      key: string;
      title: string;
      country: string;
      period: string;
      kind: string;
      dimensions: string[];
      note: string | null;
      evidence: EvidenceView[];
      /** The neighbours in the order of the table, for going through the events by keyboard. */
      previous: string | null;
      next: string | null;
      /** False when the year range hides the event. */
      shown: boolean;
      /** What its annotations are attached to: the event, and its points on either lanes chart. */
      annotations: { target: AnnotationTarget; keys: string[] };
    };

export const eventFocusKey = (key: string) => `event:${key}`;

/** The period as marks and tables write it; a stage with neither end nor `ongoing` says its end is not stated. */
export function eventPeriod(e: DatasetTimelineEvent, lang: Lang): string {
  const period = formatPeriod(e, lang);
  return e.kind === "stage" && !e.end && !e.ongoing
    ? translator(lang)("timeline.endUnknown", { start: period })
    : period;
}

/**
 * The focused event among the chart's events (all years), or why there is none. `shown` is what
 * the chart draws, in table order.
 */
export function eventFocus(
  data: Dataset,
  state: ViewState,
  events: DatasetTimelineEvent[],
  shown: DatasetTimelineEvent[],
): EventFocus {
  const first = shown[0]?.key ?? null;
  if (!state.focus?.startsWith("event:")) return { status: "none", first };
  const key = state.focus.slice("event:".length);
  const e = events.find((x) => x.key === key);
  if (!e) return { status: "missing", key };
  const t = translator(state.lang);
  const at = shown.findIndex((x) => x.key === key);
  return {
    status: "found",
    key,
    title: pick(state.lang, e.titleZh, e.titleEn),
    country: countryName(data, e.country, state.lang),
    period: eventPeriod(e, state.lang),
    kind: t(`timeline.kinds.${e.kind}`),
    dimensions: (e.dimensions ?? []).map((d) => dimensionName(data, d, state.lang)),
    note: pickNote(state.lang, e),
    evidence: evidenceOf(e.citations, data, state),
    previous: at > 0 ? shown[at - 1].key : null,
    next: at >= 0 && at < shown.length - 1 ? shown[at + 1].key : null,
    shown: at >= 0,
    annotations: {
      target: { kind: "event", event: key },
      keys: [`event:${key}`],
    },
  };
}
