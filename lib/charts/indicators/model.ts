import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { Dataset, DatasetObservation } from "@/lib/dataset/schema";
import type { Messages } from "@/lib/i18n/messages";
import { formatList, translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { citedSources, evidenceOf, type EvidenceView } from "@/lib/dataset/evidence";
import { countryName, pick, pickNote } from "@/lib/dataset/localize";
import { describeFigure } from "@/lib/charts/figures";
import { countryColor } from "@/lib/charts/style";
import { observationMark } from "@/lib/charts/mark-keys";
import type { ChartModel } from "@/lib/charts/types";

export const observationFocus = (key: string) => `observation:${key}`;

/** One bar: one observation of one country. All text is localised here, on the server. */
export interface IndicatorBar {
  key: string;
  country: string;
  /** The bar's axis label: the country, with the year when the country has several figures. */
  category: string;
  countryName: string;
  value: number;
  /** "> 500 units": comparator, compact number and unit. */
  label: string;
  /** "more than 500 units": the tooltip's wording, with the full number. */
  words: string;
  /** "2018" or "year not stated", in the reader's language. */
  year: string;
  citations: string;
  color: string;
  focused: boolean;
}

export interface IndicatorPanel {
  key: string;
  name: string;
  unit: string;
  bars: IndicatorBar[];
  /** "The sources give no figure for Japan." when some selected countries have figures elsewhere but not here. */
  missing: string | null;
}

export interface ObservationDetails {
  key: string;
  indicator: string;
  country: string;
  figure: string;
  year: string;
  note: string | null;
  evidence: EvidenceView[];
  /** What its annotations are attached to: this figure on the indicators chart. */
  target: AnnotationTarget;
}

export interface IndicatorsData {
  panels: IndicatorPanel[];
  /** Countries with no figure on any indicator, said once above the panels. */
  silent: string[];
  focus: ObservationDetails | null;
  /** The URL asks to highlight an observation that is not drawn. */
  focusMissing: boolean;
}

export function buildIndicators(data: Dataset, state: ViewState): ChartModel<IndicatorsData> {
  const lang = state.lang;
  const t = translator(lang);
  const focused = state.focus?.startsWith("observation:")
    ? state.focus.slice("observation:".length)
    : null;
  const shown = data.observations.filter((o) => state.countries.includes(o.country));
  const withData = new Set(shown.map((o) => o.country));
  const silentKeys = state.countries.filter((c) => !withData.has(c));
  const name = (c: string) => countryName(data, c, lang);

  const rows: {
    indicator: string;
    unit: string;
    o: DatasetObservation;
    bar: IndicatorBar;
    note: string | null;
  }[] = [];
  const panels = data.indicators.flatMap((indicator): IndicatorPanel[] => {
    const unit = pick(lang, indicator.unitZh, indicator.unitEn);
    const indicatorName = pick(lang, indicator.nameZh, indicator.nameEn);
    const bars = state.countries.flatMap((c) => {
      const own = shown.filter((o) => o.indicator === indicator.key && o.country === c);
      return own.map((o): IndicatorBar => {
        const figure = describeFigure(o, unit, lang, t);
        const bar = {
          key: o.key,
          country: c,
          category: own.length > 1 ? `${name(c)} · ${figure.year}` : name(c),
          countryName: name(c),
          value: o.value,
          label: figure.short,
          words: figure.words,
          year: figure.year,
          citations: t("common.evidence.citations", { count: o.citations.length }),
          color: countryColor(data.countries, c),
          focused: o.key === focused,
        };
        rows.push({ indicator: indicatorName, unit, o, bar, note: pickNote(lang, o) });
        return bar;
      });
    });
    if (bars.length === 0) return [];
    const absent = state.countries.filter(
      (c) => withData.has(c) && !bars.some((b) => b.country === c),
    );
    return [
      {
        key: indicator.key,
        name: indicatorName,
        unit,
        bars,
        missing: absent.length
          ? t("indicators.noFigure", { countries: formatList(absent.map(name), lang, "phrase") })
          : null,
      },
    ];
  });

  const hit = rows.find((r) => r.o.key === focused);
  const focus: ObservationDetails | null = hit
    ? {
        key: hit.o.key,
        indicator: hit.indicator,
        country: hit.bar.countryName,
        figure: hit.bar.words,
        year: hit.bar.year,
        note: hit.note,
        evidence: evidenceOf(hit.o.citations, data, state),
        target: { kind: "observation", observation: hit.o.key },
      }
    : null;
  const silent = silentKeys.map((c) => t("indicators.noFigureAny", { country: name(c) }));
  const column = (key: keyof Messages["indicators"]["columns"], numeric = false) => ({
    key,
    label: t(`indicators.columns.${key}`),
    ...(numeric ? { numeric } : {}),
  });

  return {
    key: "indicators",
    title: t("charts.titles.indicators"),
    description: t("indicators.description"),
    sources: citedSources(
      rows.flatMap((r) => r.o.citations),
      data,
      lang,
    ),
    marks: panels.flatMap((p) => p.bars.map((b) => observationMark(b.key))),
    caveats: silent,
    table: {
      columns: [
        column("indicator"),
        column("country"),
        column("value", true),
        column("comparator"),
        column("unit"),
        column("year"),
        column("note"),
        column("citations", true),
      ],
      focusColumn: "indicator",
      rowFocus: rows.map(({ o }) => observationFocus(o.key)),
      rows: rows.map(({ indicator, unit, o, bar, note }) => ({
        indicator,
        country: bar.countryName,
        value: o.value,
        comparator: t(`indicators.comparator.${o.comparator}`),
        unit,
        year: o.year ?? t("indicators.yearNotStated"),
        note,
        citations: o.citations.length,
      })),
    },
    empty: panels.length === 0,
    data: { panels, silent, focus, focusMissing: focused !== null && !hit },
  };
}
