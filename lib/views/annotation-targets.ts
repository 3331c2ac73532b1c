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
    case "assessment":
      return `${country(t.country)} × ${dimensionName(data, t.dimension, lang)}`;
    case "event": {
      const event = data.timeline.find((e) => e.key === t.event);
      return event
        ? `${country(event.country)}${sep}${pick(lang, event.titleZh, event.titleEn)}`
        : t.event;
    }
    case "observation": {
      const o = data.observations.find((item) => item.key === t.observation);
      const indicator = o && data.indicators.find((i) => i.key === o.indicator);
      return o && indicator
        ? `${country(o.country)}${sep}${pick(lang, indicator.nameZh, indicator.nameEn)}${o.year ? ` (${o.year})` : ""}`
        : t.observation;
    }
    case "actor": {
      const a = data.actors.find((item) => item.key === t.actor);
      return a ? `${country(a.country)}${sep}${pick(lang, a.nameZh, a.nameEn)}` : t.actor;
    }
    case "chart-range":
      return [
        words.chart(t.chart),
        ...(t.country ? [country(t.country)] : []),
        t.from === t.to ? String(t.from) : `${t.from}–${t.to}`,
      ].join(sep);
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

/** The link that shows a target: its view with the highlight, keeping the reader's countries and language. */
export function targetHref(
  t: AnnotationTarget,
  state: ViewState,
  maxCountries: number,
  data: Dataset,
): string {
  const at = targetLocation(t, data);
  // A fact shows only with its country chosen (an event in its country's lane).
  const country = at.country;
  const countries =
    country && !state.countries.includes(country)
      ? [...state.countries, country].slice(-maxCountries)
      : state.countries;
  // The dimension filter stays only when it still shows the cell.
  const dims = t.kind === "assessment" && state.dims?.includes(t.dimension) ? state.dims : null;
  return viewHref(at.path, state, {
    countries,
    dims,
    focus: at.focus ?? null,
    from: at.from ?? null,
    to: at.to ?? null,
    view: "chart",
  });
}
