import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { countryName, pick } from "@/lib/dataset/localize";
import { countryColor } from "@/lib/charts/style";
import {
  assessmentOf,
  assessmentSources,
  levelLabel,
  maturityDimensions,
  silentCountries,
} from "@/lib/charts/scales";
import { assessmentMark } from "@/lib/charts/mark-keys";
import type { ChartModel } from "@/lib/charts/types";

export interface RadarData {
  axes: { key: string; name: string; max: number; [country: string]: string | number | null }[];
  series: { key: string; name: string; color: string }[];
  /** labels[dimension][level]: the scale label, for tooltips. */
  labels: Record<string, Record<number, string>>;
}

export function buildRadar(data: Dataset, state: ViewState): ChartModel<RadarData> {
  const t = translator(state.lang);
  const dims = maturityDimensions(data, state);
  const shown = dims
    .flatMap((d) =>
      state.countries
        .map((c) => assessmentOf(data, c, d.key))
        .filter((a) => a?.level !== undefined),
    )
    .map((a) => a!);
  const axes = dims.map((d) => ({
    key: d.key,
    name: pick(state.lang, d.nameZh, d.nameEn),
    max: Math.max(...d.scale!.map((l) => l.level)),
    ...Object.fromEntries(
      state.countries.map((c) => [c, assessmentOf(data, c, d.key)?.level ?? null]),
    ),
  }));
  const labels = Object.fromEntries(
    dims.map((d) => [
      d.key,
      Object.fromEntries(d.scale!.map((l) => [l.level, pick(state.lang, l.labelZh, l.labelEn)])),
    ]),
  );
  const cell = (c: string, d: string) => {
    const level = assessmentOf(data, c, d)?.level;
    return level === undefined ? null : `${level} · ${levelLabel(data, d, level, state)}`;
  };
  return {
    key: "radar",
    title: t("charts.titles.radar"),
    description: t("charts.radar.description"),
    sources: assessmentSources(data, shown, state),
    marks: shown.map((a) => assessmentMark(a.country, a.dimension)),
    caveats: silentCountries(
      data,
      state,
      (c) => shown.some((a) => a.country === c),
      (country) => t("charts.noScalePosition", { country }),
    ),
    table: {
      columns: [
        { key: "dimension", label: t("charts.columns.dimension") },
        ...state.countries.map((c) => ({ key: c, label: countryName(data, c, state.lang) })),
      ],
      rows: dims.map((d) => ({
        dimension: pick(state.lang, d.nameZh, d.nameEn),
        ...Object.fromEntries(state.countries.map((c) => [c, cell(c, d.key)])),
      })),
    },
    empty: shown.length === 0,
    // A country with no position on any scale gets no series: Recharts would draw its nulls at the centre.
    data: {
      axes,
      series: state.countries.flatMap((c) =>
        shown.some((a) => a.country === c)
          ? [
              {
                key: c,
                name: countryName(data, c, state.lang),
                color: countryColor(data.countries, c),
              },
            ]
          : [],
      ),
      labels,
    },
  };
}
