import type { Lang } from "@/lib/i18n/lang";

/** `/history/assessment%3AJP%3Adata-governance?lang=en`: a fact's history (no catalog: client-safe). */
export const historyHref = (factKey: string, lang: Lang) =>
  `/history/${encodeURIComponent(factKey)}?lang=${lang}`;
