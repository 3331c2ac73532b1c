import { DEVELOPMENT_MODEL } from "@/lib/dataset/directions";
import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { countryName, pick } from "@/lib/dataset/localize";
import { countryColor } from "@/lib/charts/style";
import { assessmentOf, assessmentSources, silentCountries } from "@/lib/charts/scales";
import { assessmentMark } from "@/lib/charts/mark-keys";
import type { ChartModel } from "@/lib/charts/types";

export interface DevelopmentModelData {
  /** One bar per country with a position: `value` is the level minus the middle of the scale. */
  bars: {
    country: string;
    name: string;
    value: number;
    level: number;
    label: string;
    confidence: string;
    color: string;
  }[];
  /** The scale's ends and middle, for the axis: value → label. */
  ticks: { value: number; label: string }[];
  extent: number;
}

export function buildDevelopmentModel(
  data: Dataset,
  state: ViewState,
): ChartModel<DevelopmentModelData> {
  const t = translator(state.lang);
  const scale = data.dimensions.find((d) => d.key === DEVELOPMENT_MODEL)?.scale ?? [];
  const levels = scale.map((l) => l.level);
  const middle = levels.length ? (Math.min(...levels) + Math.max(...levels)) / 2 : 0;
  const assessed = state.countries
    .map((c) => assessmentOf(data, c, DEVELOPMENT_MODEL))
    .filter((a) => a?.level !== undefined)
    .map((a) => a!);
  const label = (level: number) => {
    const step = scale.find((l) => l.level === level);
    return step ? pick(state.lang, step.labelZh, step.labelEn) : String(level);
  };
  const bars = state.countries.flatMap((c) => {
    const a = assessed.find((x) => x.country === c);
    if (!a) return [];
    return [
      {
        country: c,
        name: countryName(data, c, state.lang),
        value: a.level! - middle,
        level: a.level!,
        label: label(a.level!),
        confidence: t(`common.evidence.confidenceLevels.${a.confidence}`),
        color: countryColor(data.countries, c),
      },
    ];
  });
  return {
    key: "development-model",
    title: t("charts.titles.development-model"),
    description: t("charts.developmentModel.description"),
    sources: assessmentSources(data, assessed, state),
    marks: bars.map((b) => assessmentMark(b.country, DEVELOPMENT_MODEL)),
    caveats: silentCountries(
      data,
      state,
      (c) => assessed.some((a) => a.country === c),
      (country) => t("charts.noScalePosition", { country }),
    ),
    table: {
      columns: [
        { key: "country", label: t("charts.columns.country") },
        { key: "level", label: t("charts.columns.level"), numeric: true },
        { key: "position", label: t("charts.columns.position") },
        { key: "confidence", label: t("charts.columns.confidence") },
        { key: "summary", label: t("charts.columns.summary") },
      ],
      rows: state.countries.map((c) => {
        const a = assessed.find((x) => x.country === c);
        return {
          country: countryName(data, c, state.lang),
          level: a?.level ?? null,
          position: a ? label(a.level!) : t("charts.noAssessment"),
          confidence: a ? t(`common.evidence.confidenceLevels.${a.confidence}`) : null,
          summary: a ? pick(state.lang, a.summaryZh, a.summaryEn) : null,
        };
      }),
    },
    empty: bars.length === 0,
    data: {
      bars,
      ticks: levels.map((l) => ({ value: l - middle, label: label(l) })),
      extent: levels.length ? Math.max(...levels) - middle : 1,
    },
  };
}
