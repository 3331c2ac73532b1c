import type { DatasetSource } from "@/lib/dataset/schema";

// The source form's fields: what an editor fills in for a new source, and (a new version) what it
// starts from: the previous version's metadata, to be corrected where the new edition differs.

export const SOURCE_LANGUAGES = ["zh-CN", "en", "ja"] as const;
export const SOURCE_KINDS = ["article", "report", "policy", "law", "web-page"] as const;
export const SOURCE_ACCEPT = ".pdf,.docx,.txt,.md,.html,.htm";

export interface SourceFormValues {
  titleZh: string;
  titleEn: string;
  author: string;
  authorEn: string;
  publisher: string;
  date: string;
  language: (typeof SOURCE_LANGUAGES)[number];
  kind: (typeof SOURCE_KINDS)[number];
  url: string;
  licence: string;
  summaryZh: string;
  summaryEn: string;
  key: string;
}

export const TEXT_FIELDS = [
  "titleZh",
  "titleEn",
  "author",
  "authorEn",
  "publisher",
  "date",
  "url",
  "licence",
  "summaryZh",
  "summaryEn",
] as const;

export const EMPTY_SOURCE_FORM: SourceFormValues = {
  titleZh: "",
  titleEn: "",
  author: "",
  authorEn: "",
  publisher: "",
  date: "",
  language: "zh-CN",
  kind: "article",
  url: "",
  licence: "",
  summaryZh: "",
  summaryEn: "",
  key: "",
};

/** The form of a new version, filled with the previous version's metadata. */
export function formDefaults(previous: DatasetSource): SourceFormValues {
  return {
    titleZh: previous.titleZh,
    titleEn: previous.titleEn,
    author: previous.author,
    authorEn: previous.authorEn ?? "",
    publisher: previous.publisher ?? "",
    date: previous.date ?? "",
    language: previous.language,
    kind: previous.kind,
    url: previous.url ?? "",
    licence: previous.licence ?? "",
    summaryZh: previous.summaryZh ?? "",
    summaryEn: previous.summaryEn ?? "",
    key: previous.key,
  };
}

/**
 * The JSON body of pasted text: empty fields left out (the API treats them as absent; a new
 * version then keeps the previous value).
 */
export function pastedBody(values: SourceFormValues, text: string, withKey: boolean) {
  const body: Record<string, string> = { text, language: values.language, kind: values.kind };
  for (const field of TEXT_FIELDS) if (values[field].trim()) body[field] = values[field].trim();
  if (withKey && values.key.trim()) body.key = values.key.trim();
  return body;
}
