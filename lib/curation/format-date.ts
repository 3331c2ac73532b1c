import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";

/** A date as the reader's language writes it; with the time when several versions may share a day. */
export const formatDate = (at: Date | string, lang: Lang, time = false) =>
  new Date(at).toLocaleString(LOCALE_OF[lang], {
    dateStyle: "medium",
    ...(time ? { timeStyle: "short" } : {}),
  });
