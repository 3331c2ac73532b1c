import type { Citation } from "@/lib/dataset/schema";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import { formatList, translator } from "@/lib/i18n/translator";

// A fact's field as a line of text: strings as they are, numbers in the reader's locale, lists as
// the language writes them, citations by their quote; anything else as compact JSON.

export function formatValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return value.toLocaleString(LOCALE_OF[lang]);
  if (typeof value === "boolean") return translator(lang)(`history.fact.${value ? "yes" : "no"}`);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number"))
    return formatList(
      value.map((v) => formatValue(v, lang)),
      lang,
    );
  if (Array.isArray(value) && value.every(isCitation))
    return value.map((c) => formatCitation(c, lang)).join("\n");
  return JSON.stringify(value);
}

function isCitation(value: unknown): value is Citation {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === "source" || kind === "external";
}

/** `“quote” — source v2, 120–168`, or an external reference's title, publisher and year. */
export function formatCitation(c: Citation, lang: Lang): string {
  const t = translator(lang);
  return c.kind === "source"
    ? t("history.fact.sourceCitation", {
        quote: c.quote,
        source: c.source,
        version: c.version ?? 1,
        start: c.start,
        end: c.end,
      })
    : t("history.fact.externalCitation", { title: c.title, publisher: c.publisher, year: c.year });
}
