import type { Dataset, DatasetSource } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";

/** The text of a bilingual field pair in the reader's language. */
export const pick = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** An optional bilingual note, or null. */
export const pickNote = (lang: Lang, item: { noteZh?: string; noteEn?: string }) =>
  item.noteZh !== undefined && item.noteEn !== undefined
    ? pick(lang, item.noteZh, item.noteEn)
    : null;

export function countryName(data: Dataset, key: string, lang: Lang): string {
  const country = data.countries.find((c) => c.key === key);
  return country ? pick(lang, country.nameZh, country.nameEn) : key;
}

export function dimensionName(data: Dataset, key: string, lang: Lang): string {
  const dimension = data.dimensions.find((d) => d.key === key);
  return dimension ? pick(lang, dimension.nameZh, dimension.nameEn) : key;
}

/** A source's author as each language writes it: the original, or its romanised form ("Li Ming") in English. */
export const sourceAuthor = (source: DatasetSource, lang: Lang) =>
  lang === "zh" ? source.author : (source.authorEn ?? source.author);

/** A quote's English translation; none for a quote from an English source. */
export const englishTranslation = (
  citation: { translationEn?: string },
  source: Pick<DatasetSource, "language"> | undefined,
) => (source?.language === "en" ? null : (citation.translationEn ?? null));

/** How a source is named in a caption (common.sourceLabel): author and title, as each language cites. */
export function sourceLabel(source: DatasetSource, lang: Lang): string {
  return translator(lang)("common.sourceLabel", {
    author: sourceAuthor(source, lang),
    title: pick(lang, source.titleZh, source.titleEn),
  });
}

/** A partial date ("2014" or "2014-08") as readers write it. */
export function formatPartialDate(date: string, lang: Lang): string {
  const t = translator(lang);
  const [year, month] = date.split("-");
  if (!month) return t("common.date.year", { year });
  const monthName = new Date(Date.UTC(Number(year), Number(month) - 1)).toLocaleString("en", {
    month: "short",
    timeZone: "UTC",
  });
  return t("common.date.month", { year, month: String(Number(month)), monthName });
}

/** "1999–2008", "2020–" for an ongoing period, or the single date. */
export function formatPeriod(
  event: { start: string; end?: string; ongoing?: true },
  lang: Lang,
): string {
  const t = translator(lang);
  const start = formatPartialDate(event.start, lang);
  if (event.ongoing) return t("common.date.ongoing", { start });
  if (!event.end) return start;
  return t("common.date.span", { start, end: formatPartialDate(event.end, lang) });
}
