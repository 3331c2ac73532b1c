import type { CitedBy } from "@/lib/dataset/citations";
import type { Dataset } from "@/lib/dataset/schema";
import { LOCALE_OF } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { MAX_COUNTRIES, viewHref, type ViewState } from "@/lib/view-state/state";
import { countryName, dimensionName, formatPeriod, pick, pickNote } from "@/lib/dataset/localize";
import type { Passage } from "./passages";

/** Something that cites a passage, as the passage panel lists it. */
export interface CitingItem {
  /** Stable: `assessment:CN:development-model`, `event:cn-stage-1`, … */
  key: string;
  type: CitedBy["type"];
  name: string;
  detail: string | null;
  /** The item in its own view, focused. */
  href: string;
  /** This citation's English translation (English mode only). */
  translation: string | null;
  notes: string[];
}

/** The item's country joins the selection if it is not in it, so the linked view can show it. */
function countriesWith(state: ViewState, country: string): string[] {
  if (state.countries.includes(country)) return state.countries;
  return state.countries.length < MAX_COUNTRIES
    ? [...state.countries, country]
    : [...state.countries.slice(0, MAX_COUNTRIES - 1), country];
}

/** Keeps the dimension filter only if it leaves the item visible. */
const dimsFor = (state: ViewState, needed: readonly string[] | undefined) =>
  !state.dims || !needed || needed.some((d) => state.dims!.includes(d)) ? state.dims : null;

function describe(
  data: Dataset,
  state: ViewState,
  by: CitedBy,
): Omit<CitingItem, "translation" | "notes"> {
  const { lang } = state;
  const t = translator(lang);
  const country = countryName(data, by.country, lang);
  const link = (path: string, focus: string, dims?: readonly string[]) =>
    viewHref(path, state, {
      countries: countriesWith(state, by.country),
      dims: dimsFor(state, dims),
      focus,
      view: "chart",
      from: null,
      to: null,
    });
  switch (by.type) {
    case "assessment":
      return {
        key: `assessment:${by.country}:${by.dimension}`,
        type: by.type,
        name: `${country} × ${dimensionName(data, by.dimension, lang)}`,
        detail: null,
        href: link("/matrix", `cell:${by.country}:${by.dimension}`, [by.dimension]),
      };
    case "event": {
      const event = data.timeline.find((e) => e.key === by.key);
      return {
        key: `event:${by.key}`,
        type: by.type,
        name: event ? pick(lang, event.titleZh, event.titleEn) : by.key,
        detail: event ? `${country} · ${formatPeriod(event, lang)}` : country,
        href: link("/charts/timeline", `event:${by.key}`, event?.dimensions),
      };
    }
    case "observation": {
      const observation = data.observations.find((o) => o.key === by.key);
      const indicator = data.indicators.find((i) => i.key === by.indicator);
      const value =
        observation && indicator
          ? t(`sources.values.${observation.comparator}`, {
              value: observation.value.toLocaleString(LOCALE_OF[lang]),
              unit: pick(lang, indicator.unitZh, indicator.unitEn),
            })
          : null;
      return {
        key: `observation:${by.key}`,
        type: by.type,
        name: indicator ? pick(lang, indicator.nameZh, indicator.nameEn) : by.indicator,
        detail: [country, value, observation?.year]
          .filter((part) => part !== null && part !== undefined)
          .join(" · "),
        href: link("/charts/indicators", `observation:${by.key}`),
      };
    }
    case "actor-role": {
      const actor = data.actors.find((a) => a.key === by.actor);
      return {
        key: `actor-role:${by.actor}:${by.dimension}`,
        type: by.type,
        name: actor ? pick(lang, actor.nameZh, actor.nameEn) : by.actor,
        detail: `${country} · ${dimensionName(data, by.dimension, lang)}`,
        href: link("/charts/actors", `actor:${by.actor}`, [by.dimension]),
      };
    }
  }
}

/** Everything that cites a passage, once each, in dataset order; notes and translations kept per item. */
export function citingItems(data: Dataset, state: ViewState, passage: Passage): CitingItem[] {
  const items = new Map<string, CitingItem>();
  for (const c of passage.citations) {
    const described = describe(data, state, c.citedBy);
    const item = items.get(described.key) ?? {
      ...described,
      translation: state.lang === "en" ? (c.translationEn ?? null) : null,
      notes: [],
    };
    const note = pickNote(state.lang, c);
    if (note !== null && !item.notes.includes(note)) item.notes.push(note);
    items.set(item.key, item);
  }
  return [...items.values()];
}
