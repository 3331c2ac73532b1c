import { translator } from "@/lib/i18n/translator";
import type { Lang } from "@/lib/i18n/lang";
import type { DetailView } from "../detail";
import type { FocusedPassage } from "../sources/focus";

/** A passage of a source: what cites it and its annotations are the panel's own parts. */
export function passageDetailView(p: FocusedPassage, lang: Lang): DetailView {
  const t = translator(lang);
  const quote = [...p.quote];
  return {
    label: t("sources.panel.title"),
    title: `“${quote.length > 40 ? `${quote.slice(0, 40).join("")}…` : p.quote}”`,
    facts: [],
    evidence: null,
    annotations: null,
    previous: null,
    next: null,
    closeHref: p.closeHref,
    returnFocus: `[data-passage="${p.id}"] a`,
  };
}
