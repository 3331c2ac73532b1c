import type { DatasetObservation } from "@/lib/dataset/schema";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { translator } from "@/lib/i18n/translator";

type Translate = ReturnType<typeof translator>;

/** 1,200,000 in the reader's locale: what the source says, for tooltips and details. */
export const formatExact = (value: number, lang: Lang) => new Intl.NumberFormat(LOCALE_OF[lang]).format(value);

/** 120万 / 1.2M: short enough for a bar label. */
export const formatCompact = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE_OF[lang], { notation: "compact", maximumFractionDigits: 1 }).format(value);

/** "Japan and the United States" / "日本和美国". */
export const formatList = (items: string[], lang: Lang) => new Intl.ListFormat(LOCALE_OF[lang], { type: "conjunction" }).format(items);

/**
 * An observation as readers say it: "> 120万 个" on a bar, "超过 1,200,000 个" in a tooltip, and its
 * year or "year not stated". Years are passed as text so that ICU does not group their digits.
 */
export function describeFigure(o: DatasetObservation, unit: string, lang: Lang, t: Translate) {
  return {
    short: t(`indicators.figure.${o.comparator}`, { value: formatCompact(o.value, lang), unit }),
    words: t(`indicators.figureWords.${o.comparator}`, { value: formatExact(o.value, lang), unit }),
    year: o.year === undefined ? t("indicators.yearNotStated") : t("indicators.year", { year: String(o.year) }),
  };
}
