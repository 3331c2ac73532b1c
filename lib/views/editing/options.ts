import { countryName, dimensionName, formatPeriod, pick } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import { latestSources, versionOf } from "@/lib/dataset/sources";
import type { Lang } from "@/lib/i18n/lang";

// The choices the edit form and the "Cite this" dialog offer, named in the reader's language.

export interface Choice {
  key: string;
  label: string;
}

export interface EditOptions {
  countries: Choice[];
  dimensions: (Choice & { scale: { level: number; label: string }[] })[];
  indicators: Choice[];
  /** each source at its latest version: new citations quote the current text */
  sources: (Choice & { version: number })[];
}

export function editOptions(data: Dataset, lang: Lang): EditOptions {
  return {
    countries: data.countries.map((c) => ({ key: c.key, label: pick(lang, c.nameZh, c.nameEn) })),
    dimensions: [...data.dimensions]
      .sort((a, b) => a.order - b.order)
      .map((d) => ({
        key: d.key,
        label: pick(lang, d.nameZh, d.nameEn),
        scale: (d.scale ?? []).map((s) => ({
          level: s.level,
          label: pick(lang, s.labelZh, s.labelEn),
        })),
      })),
    indicators: data.indicators.map((i) => ({ key: i.key, label: pick(lang, i.nameZh, i.nameEn) })),
    sources: latestSources(data).map((s) => ({
      key: s.key,
      version: versionOf(s),
      label: pick(lang, s.titleZh, s.titleEn),
    })),
  };
}

export interface CiteOptions {
  countries: Choice[];
  dimensions: Choice[];
  /** `JP:data-governance` for each assessment there is */
  assessments: string[];
  events: { country: string; events: Choice[] }[];
  observations: Choice[];
  actors: (Choice & { roles: Choice[] })[];
}

export function citeOptions(data: Dataset, lang: Lang): CiteOptions {
  const base = editOptions(data, lang);
  return {
    countries: base.countries,
    dimensions: base.dimensions.map(({ key, label }) => ({ key, label })),
    assessments: data.assessments.map((a) => `${a.country}:${a.dimension}`),
    events: data.countries
      .map((c) => ({
        country: pick(lang, c.nameZh, c.nameEn),
        events: data.timeline
          .filter((e) => e.country === c.key)
          .map((e) => ({
            key: e.key,
            label: `${pick(lang, e.titleZh, e.titleEn)} (${formatPeriod(e, lang)})`,
          })),
      }))
      .filter((g) => g.events.length > 0),
    observations: data.observations.map((o) => {
      const indicator = data.indicators.find((i) => i.key === o.indicator);
      const name = indicator ? pick(lang, indicator.nameZh, indicator.nameEn) : o.indicator;
      const year = o.year === undefined ? "" : ` ${o.year}`;
      return { key: o.key, label: `${name} · ${countryName(data, o.country, lang)}${year}` };
    }),
    actors: data.actors.map((a) => ({
      key: a.key,
      label: `${pick(lang, a.nameZh, a.nameEn)} · ${countryName(data, a.country, lang)}`,
      roles: a.roles.map((r) => ({
        key: r.dimension,
        label: dimensionName(data, r.dimension, lang),
      })),
    })),
  };
}
