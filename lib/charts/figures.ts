import type { DatasetObservation } from "@/lib/dataset/schema";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { translator } from "@/lib/i18n/translator";

type Translate = ReturnType<typeof translator>;

/** 1,200,000 in the reader's locale: what the source says, for tooltips and details. */
export const formatExact = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE_OF[lang]).format(value);

/** 1.2M, or its Chinese compact form: short enough for a bar label. */
export const formatCompact = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE_OF[lang], { notation: "compact", maximumFractionDigits: 1 }).format(
    value,
  );

/** Units that are a share: their figures read "20%", not "20 percent" (the Chinese units are escaped). */
const PERCENT_UNITS = new Set([
  "percent",
  "per cent",
  "percentage",
  "%",
  "\u767e\u5206\u6bd4",
  "\u767e\u5206\u70b9",
]);
export const isPercentUnit = (unit: string) => PERCENT_UNITS.has(unit.trim().toLowerCase());

/** 20%, in the reader's locale (the figure is already in percent, not a fraction). */
const formatPercent = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE_OF[lang], { style: "percent", maximumFractionDigits: 1 }).format(
    value / 100,
  );

/**
 * An observation as readers say it: "> 1.2M units" on a bar, "more than 1,200,000 units" in a tooltip, and its
 * year or "year not stated". Years are passed as text so that ICU does not group their digits.
 */
export function describeFigure(o: DatasetObservation, unit: string, lang: Lang, t: Translate) {
  const percent = isPercentUnit(unit);
  const shown = (format: typeof formatExact) => ({
    value: percent ? formatPercent(o.value, lang) : format(o.value, lang),
    unit: percent ? "" : unit,
  });
  return {
    short: t(`indicators.figure.${o.comparator}`, shown(formatCompact)).trim(),
    words: t(`indicators.figureWords.${o.comparator}`, shown(formatExact)).trim(),
    year:
      o.year === undefined
        ? t("indicators.yearNotStated")
        : t("indicators.year", { year: String(o.year) }),
  };
}
