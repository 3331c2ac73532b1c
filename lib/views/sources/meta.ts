import type { DatasetSource } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { pick, pickNote } from "@/lib/dataset/localize";

/** What the list and the viewer say about a document, in the reader's language. */
export interface SourceMeta {
  key: string;
  title: string;
  /** The Chinese title, when the reader's language is not Chinese. */
  originalTitle: string | null;
  /** The language of the document's text, for `lang` attributes. */
  textLang: string;
  author: string;
  language: string;
  kind: string;
  format: string;
  note: string | null;
}

export function sourceMeta(source: DatasetSource, lang: Lang): SourceMeta {
  const t = translator(lang);
  return {
    key: source.key,
    title: pick(lang, source.titleZh, source.titleEn),
    originalTitle: lang === "zh" ? null : source.titleZh,
    textLang: source.language,
    author: lang === "zh" ? source.author : (source.authorEn ?? source.author),
    language: t(`sources.languages.${source.language}`),
    kind: t(`sources.kinds.${source.kind}`),
    format: t(`sources.formats.${source.format}`),
    note: pickNote(lang, source),
  };
}
