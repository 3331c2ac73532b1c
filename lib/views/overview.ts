import { eachCitation } from "@/lib/dataset/citations";
import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { countryName, formatPartialDate, pick } from "@/lib/dataset/localize";
import { dataRules } from "@/lib/charts/data-laws/model";
import { describeFigure } from "@/lib/charts/figures";
import { cellFocus } from "@/lib/charts/matrix/model";
import { scaleTone } from "@/lib/charts/matrix/scale-tone";
import { latestSources } from "@/lib/dataset/sources";

/** The dimensions the overview contrasts, in order; each is a matrix row. */
export const HEADLINE_DIMENSIONS = [
  "development-model",
  "drivers",
  "actors",
  "data-governance",
] as const;

export interface HeadlineCell {
  country: string;
  summary: string | null;
  levelLabel: string | null;
  level: number | null;
  tone: number | null;
  citations: number;
  href: string;
  /** For data governance: the country's dated data rules. */
  rules: { key: string; date: string; title: string; href: string }[];
}

/** The dataset's size, from the snapshot (no extra queries). */
export function datasetCounts(data: Dataset) {
  return {
    countries: data.countries.length,
    dimensions: data.dimensions.length,
    assessments: data.assessments.length,
    events: data.timeline.length,
    citations: [...eachCitation(data)].length,
    sources: latestSources(data).length,
  };
}

export function buildOverview(data: Dataset, state: ViewState) {
  const t = translator(state.lang);
  const rules = dataRules(data, state);
  // A dataset may lack one of the headline dimensions; the overview then shows the others.
  const headlines = HEADLINE_DIMENSIONS.flatMap((key) =>
    data.dimensions.filter((x) => x.key === key),
  ).map((d) => {
    const key = d.key;
    return {
      key,
      name: pick(state.lang, d.nameZh, d.nameEn),
      cells: state.countries.map((c): HeadlineCell => {
        const a = data.assessments.find((x) => x.country === c && x.dimension === key);
        const step = d.scale?.find((l) => l.level === a?.level);
        const countryRules =
          key === "data-governance"
            ? rules
                .filter((e) => e.country === c)
                .map((e) => ({
                  key: e.key,
                  date: formatPartialDate(e.start, state.lang),
                  title: pick(state.lang, e.titleZh, e.titleEn),
                  href: viewHref("/charts/data-laws", state, { focus: `event:${e.key}` }),
                }))
            : [];
        return {
          country: c,
          summary: a ? pick(state.lang, a.summaryZh, a.summaryEn) : null,
          level: a?.level ?? null,
          levelLabel: step ? pick(state.lang, step.labelZh, step.labelEn) : null,
          tone: step ? scaleTone(step.level, Math.max(...d.scale!.map((l) => l.level))) : null,
          citations: a?.citations.length ?? 0,
          href: viewHref("/matrix", state, { focus: cellFocus(c, key) }),
          rules: countryRules,
        };
      }),
    };
  });
  const indicators = data.observations
    .filter((o) => state.countries.includes(o.country))
    .map((o) => {
      const indicator = data.indicators.find((i) => i.key === o.indicator)!;
      const figure = describeFigure(
        o,
        pick(state.lang, indicator.unitZh, indicator.unitEn),
        state.lang,
        t,
      );
      return {
        key: o.key,
        country: countryName(data, o.country, state.lang),
        name: pick(state.lang, indicator.nameZh, indicator.nameEn),
        value: figure.words,
        year: figure.year,
        href: viewHref("/charts/indicators", state, { focus: `observation:${o.key}` }),
      };
    });
  return {
    countries: state.countries.map((c) => ({ key: c, name: countryName(data, c, state.lang) })),
    headlines,
    indicators,
    countriesWithoutIndicators: state.countries
      .filter((c) => !data.observations.some((o) => o.country === c))
      .map((c) => countryName(data, c, state.lang)),
  };
}
