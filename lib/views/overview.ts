import type { Dataset, DatasetObservation } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { countryName, formatPartialDate, pick } from "./localize";
import { cellFocus } from "./matrix";

/** The dimensions the overview contrasts, in order; each is a matrix row. */
export const HEADLINE_DIMENSIONS = ["development-model", "drivers", "actors", "data-governance"] as const;
const DATA_GROUP = new Set(["data"]);
const RULE_KINDS = new Set(["policy", "law", "standard"]);

export interface HeadlineCell {
  country: string;
  summary: string | null;
  levelLabel: string | null;
  level: number | null;
  citations: number;
  href: string;
  /** For data governance: the country's dated data rules. */
  rules: { key: string; date: string; title: string; href: string }[];
}

/** A number as the source gives it: "> 500 个", "≈ 20 percent". */
export function formatObservation(o: DatasetObservation, unit: string, lang: ViewState["lang"]): string {
  const number = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en").format(o.value);
  const prefix = o.comparator === "more-than" ? (lang === "zh" ? "超过 " : "more than ") : o.comparator === "approx" ? (lang === "zh" ? "约 " : "about ") : "";
  return `${prefix}${number}${lang === "zh" ? " " : " "}${unit}`;
}

export function buildOverview(data: Dataset, state: ViewState) {
  const t = translator(state.lang);
  const dataDims = new Set(data.dimensions.filter((d) => DATA_GROUP.has(d.group)).map((d) => d.key));
  const headlines = HEADLINE_DIMENSIONS.map((key) => {
    const d = data.dimensions.find((x) => x.key === key)!;
    return {
      key,
      name: pick(state.lang, d.nameZh, d.nameEn),
      cells: state.countries.map((c): HeadlineCell => {
        const a = data.assessments.find((x) => x.country === c && x.dimension === key);
        const step = d.scale?.find((l) => l.level === a?.level);
        const rules =
          key === "data-governance"
            ? data.timeline
                .filter((e) => e.country === c && RULE_KINDS.has(e.kind) && e.dimensions?.some((k) => dataDims.has(k)))
                .map((e) => ({ key: e.key, date: formatPartialDate(e.start, state.lang), title: pick(state.lang, e.titleZh, e.titleEn), href: viewHref("/charts/data-laws", state, { focus: `event:${e.key}` }) }))
            : [];
        return {
          country: c,
          summary: a ? pick(state.lang, a.summaryZh, a.summaryEn) : null,
          level: a?.level ?? null,
          levelLabel: step ? pick(state.lang, step.labelZh, step.labelEn) : null,
          citations: a?.citations.length ?? 0,
          href: viewHref("/matrix", state, { focus: cellFocus(c, key) }),
          rules,
        };
      }),
    };
  });
  const indicators = data.observations
    .filter((o) => state.countries.includes(o.country))
    .map((o) => {
      const indicator = data.indicators.find((i) => i.key === o.indicator)!;
      return {
        key: o.key,
        country: countryName(data, o.country, state.lang),
        name: pick(state.lang, indicator.nameZh, indicator.nameEn),
        value: formatObservation(o, pick(state.lang, indicator.unitZh, indicator.unitEn), state.lang),
        year: o.year === undefined ? t("overview.yearNotStated") : String(o.year),
        href: viewHref("/charts/indicators", state, { focus: `observation:${o.key}` }),
      };
    });
  return {
    countries: state.countries.map((c) => ({ key: c, name: countryName(data, c, state.lang) })),
    headlines,
    indicators,
    countriesWithoutIndicators: state.countries.filter((c) => !data.observations.some((o) => o.country === c)).map((c) => countryName(data, c, state.lang)),
  };
}
