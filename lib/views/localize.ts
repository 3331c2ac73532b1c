import type { Lang } from "@/lib/i18n/lang";
import type { Dataset, DatasetSource } from "@/lib/dataset/schema";

/** The text of a bilingual field pair in the reader's language. */
export const pick = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** An optional bilingual note, or null. */
export const pickNote = (lang: Lang, item: { noteZh?: string; noteEn?: string }) =>
  item.noteZh !== undefined && item.noteEn !== undefined ? pick(lang, item.noteZh, item.noteEn) : null;

export function countryName(data: Dataset, key: string, lang: Lang): string {
  const country = data.countries.find((c) => c.key === key);
  return country ? pick(lang, country.nameZh, country.nameEn) : key;
}

export function dimensionName(data: Dataset, key: string, lang: Lang): string {
  const dimension = data.dimensions.find((d) => d.key === key);
  return dimension ? pick(lang, dimension.nameZh, dimension.nameEn) : key;
}

/** How a source is named in a caption: 黎明《…》 in Chinese, Li Ming, “…” in English. */
export function sourceLabel(source: DatasetSource, lang: Lang): string {
  return lang === "zh" ? `${source.author}《${source.titleZh}》` : `${source.authorEn ?? source.author}, “${source.titleEn}”`;
}

/** A partial date ("2014" or "2014-08") as readers write it. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month] = date.split("-");
  if (!month) return lang === "zh" ? `${year} 年` : year;
  return lang === "zh" ? `${year} 年 ${Number(month)} 月` : `${new Date(Date.UTC(Number(year), Number(month) - 1)).toLocaleString("en", { month: "short", timeZone: "UTC" })} ${year}`;
}

/** "1999–2008", "2020–" for an ongoing period, or the single date. */
export function formatPeriod(event: { start: string; end?: string; ongoing?: true }, lang: Lang): string {
  const start = formatPartialDate(event.start, lang);
  if (event.ongoing) return lang === "zh" ? `${start}至今` : `${start}–present`;
  if (!event.end) return start;
  return `${start}–${formatPartialDate(event.end, lang)}`;
}
