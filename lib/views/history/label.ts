import { parseFactKey, type Entity, type FactValue } from "@/lib/curation/facts";
import { countryName, dimensionName, formatPeriod, pick } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { formatList, translator } from "@/lib/i18n/translator";
import { DEFAULT_COUNTRIES, MAX_COUNTRIES, viewHref } from "@/lib/view-state/state";

// What a fact is called in the reader's language, and where the dashboard shows it. A retired
// fact is no longer in the dataset: its label then comes from its last value.

export interface FactLabel {
  factKey: string;
  entity: Entity;
  /** "assessment", "timeline event"… */
  entityName: string;
  label: string;
  detail: string | null;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const bilingual = (lang: Lang, value: FactValue | null, zh: string, en: string) =>
  value && str(value[zh]) ? pick(lang, str(value[zh]), str(value[en]) || str(value[zh])) : null;

/** The fact's current value, or `fallback` (its last known one) when it is retired. */
function valueOf(data: Dataset, entity: Entity, key: string, fallback: FactValue | null) {
  const list: FactValue[] = {
    assessment: [],
    event: data.timeline,
    indicator: data.indicators,
    observation: data.observations,
    actor: data.actors,
    country: data.countries,
    dimension: data.dimensions,
  }[entity] as FactValue[];
  return list.find((f) => f.key === key) ?? fallback;
}

export function factLabel(
  data: Dataset,
  factKey: string,
  lang: Lang,
  fallback: FactValue | null = null,
): FactLabel | null {
  const parsed = parseFactKey(factKey);
  if (!parsed) return null;
  const { entity, key } = parsed;
  const entityName = translator(lang)(`curation.entities.${entity}`);
  const base = { factKey, entity, entityName };
  if (entity === "assessment")
    return {
      ...base,
      label: `${countryName(data, key.country, lang)} × ${dimensionName(data, key.dimension, lang)}`,
      detail: null,
    };
  const value = valueOf(data, entity, key.key, fallback);
  const country = value && str(value.country) ? countryName(data, str(value.country), lang) : null;
  switch (entity) {
    case "event": {
      const period =
        value && str(value.start) ? formatPeriod(value as { start: string }, lang) : null;
      return {
        ...base,
        label: bilingual(lang, value, "titleZh", "titleEn") ?? key.key,
        detail: [country, period].filter(Boolean).join(" · ") || null,
      };
    }
    case "observation": {
      const indicator = data.indicators.find((i) => i.key === value?.indicator);
      return {
        ...base,
        label: indicator ? pick(lang, indicator.nameZh, indicator.nameEn) : key.key,
        detail:
          [country, value?.year === undefined ? null : String(value.year)]
            .filter(Boolean)
            .join(" · ") || null,
      };
    }
    default:
      return {
        ...base,
        label: bilingual(lang, value, "nameZh", "nameEn") ?? key.key,
        detail: entity === "actor" ? country : null,
      };
  }
}

/** Countries for a link: the default pair, with the fact's country in it. */
function countriesWith(country: string | null): string[] {
  if (!country || DEFAULT_COUNTRIES.includes(country)) return DEFAULT_COUNTRIES;
  return [...DEFAULT_COUNTRIES, country].slice(0, MAX_COUNTRIES);
}

/** The dashboard view that shows a fact, focused on it, as published in `version` (latest without). */
export function factViewHref(
  factKey: string,
  lang: Lang,
  value: FactValue | null,
  version?: number,
): string {
  const parsed = parseFactKey(factKey);
  if (!parsed) return "/";
  const { entity, key } = parsed;
  const country =
    entity === "assessment" ? key.country : entity === "country" ? key.key : str(value?.country);
  const state = {
    countries: countriesWith(country || null),
    dims: null,
    lang,
    view: "chart" as const,
    from: null,
    to: null,
    focus: null as string | null,
  };
  const [path, focus] = {
    assessment: ["/matrix", `cell:${key.country}:${key.dimension}`],
    event: ["/charts/timeline", `event:${key.key}`],
    observation: ["/charts/indicators", `observation:${key.key}`],
    indicator: ["/charts/indicators", null],
    actor: ["/charts/actors", `actor:${key.key}`],
    country: ["/matrix", null],
    dimension: ["/matrix", `dimension:${key.key}`],
  }[entity];
  const href = viewHref(path!, state, { focus });
  return version === undefined ? href : `${href}&version=${version}`;
}

/** Field names as the reader knows them, joined as the language writes a list. */
export function fieldNames(fields: readonly string[], lang: Lang): string {
  return formatList(
    fields.map((f) => fieldLabel(f, lang)),
    lang,
  );
}

export function fieldLabel(field: string, lang: Lang): string {
  const t = translator(lang);
  const key = `history.fact.fields.${field}`;
  return (t.has as (key: string) => boolean)(key)
    ? (t as unknown as (k: string) => string)(key)
    : field;
}
