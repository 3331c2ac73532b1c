import type { AnnotationTarget } from "@/lib/annotations/targets";
import { targetLocation } from "@/lib/annotations/scope";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { countryName, dimensionName, pick } from "@/lib/dataset/localize";
import { findSource } from "@/lib/dataset/sources";

/** Names of things the dataset does not hold: chart titles and view names, from the messages. */
export interface TargetWords {
  chart: (key: string) => string;
  view: (path: string) => string;
  wholeView: string;
}

/** What an annotation is attached to, in words: "China × Drivers", "Timeline · 2008–2015", "“…”". */
export function describeTarget(
  t: AnnotationTarget,
  data: Dataset,
  lang: Lang,
  words: TargetWords,
): string {
  const country = (key: string) => countryName(data, key, lang);
  const sep = " · ";
  switch (t.kind) {
    case "matrix-cell":
      return `${country(t.country)} × ${dimensionName(data, t.dimension, lang)}`;
    case "chart-point":
      return [words.chart(t.chart), country(t.country), pointName(t, data, lang)].join(sep);
    case "chart-range":
      return [
        words.chart(t.chart),
        ...(t.country ? [country(t.country)] : []),
        t.from === t.to ? String(t.from) : `${t.from}–${t.to}`,
      ].join(sep);
    case "timeline-event": {
      const event = data.timeline.find((e) => e.key === t.event);
      return event
        ? `${country(event.country)}${sep}${pick(lang, event.titleZh, event.titleEn)}`
        : t.event;
    }
    case "source-passage": {
      const exact = t.selector[0].exact;
      const source = findSource(data, t.source);
      const quote = `“${exact.length > 36 ? `${exact.slice(0, 36)}…` : exact}”`;
      return source ? `${pick(lang, source.titleZh, source.titleEn)}${sep}${quote}` : quote;
    }
    case "view":
      return `${words.view(t.path)}${sep}${words.wholeView}`;
  }
}

function pointName(
  t: Extract<AnnotationTarget, { kind: "chart-point" }>,
  data: Dataset,
  lang: Lang,
): string {
  const x = String(t.x);
  if (t.chart === "radar") return dimensionName(data, x, lang);
  if (t.chart === "indicators") {
    const o = data.observations.find((item) => item.key === x);
    const indicator = o && data.indicators.find((i) => i.key === o.indicator);
    return indicator
      ? `${pick(lang, indicator.nameZh, indicator.nameEn)}${o.year ? ` (${o.year})` : ""}`
      : x;
  }
  if (t.chart === "actors") {
    const a = data.actors.find((item) => item.key === x);
    return a ? pick(lang, a.nameZh, a.nameEn) : x;
  }
  if (t.chart === "timeline" || t.chart === "data-laws") {
    const e = data.timeline.find((item) => item.key === x);
    return e ? pick(lang, e.titleZh, e.titleEn) : x;
  }
  return dimensionName(data, "development-model", lang);
}

/** The link that shows a target: its view with the highlight, keeping the reader's countries and language. */
export function targetHref(
  t: AnnotationTarget,
  state: ViewState,
  maxCountries: number,
  data: Dataset,
): string {
  const at = targetLocation(t);
  // An event shows only in its country's lane.
  const country =
    at.country ??
    (t.kind === "timeline-event"
      ? data.timeline.find((e) => e.key === t.event)?.country
      : undefined);
  const countries =
    country && !state.countries.includes(country)
      ? [...state.countries, country].slice(-maxCountries)
      : state.countries;
  // The dimension filter stays only when it still shows the cell.
  const dims = t.kind === "matrix-cell" && state.dims?.includes(t.dimension) ? state.dims : null;
  return viewHref(at.path, state, {
    countries,
    dims,
    focus: at.focus ?? null,
    from: at.from ?? null,
    to: at.to ?? null,
    view: "chart",
  });
}
