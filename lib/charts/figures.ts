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

/**
 * An observation as readers say it: "> 1.2M units" on a bar, "more than 1,200,000 units" in a tooltip, and its
 * year or "year not stated". Years are passed as text so that ICU does not group their digits.
 */
export function describeFigure(o: DatasetObservation, unit: string, lang: Lang, t: Translate) {
  return {
    short: t(`indicators.figure.${o.comparator}`, { value: formatCompact(o.value, lang), unit }),
    words: t(`indicators.figureWords.${o.comparator}`, { value: formatExact(o.value, lang), unit }),
    year:
      o.year === undefined
        ? t("indicators.yearNotStated")
        : t("indicators.year", { year: String(o.year) }),
  };
}
