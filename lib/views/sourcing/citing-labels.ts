import { eachFact, type FactValue } from "@/lib/curation/facts";
import type { Citation, Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { factLabel } from "@/lib/views/history/label";

const citationsOf = (value: FactValue): Citation[] =>
  Array.isArray(value.citations)
    ? (value.citations as Citation[])
    : Array.isArray(value.roles)
      ? (value.roles as { citations: Citation[] }[]).flatMap((r) => r.citations)
      : [];

/** The readable name of every fact that cites a source, by fact key: for the re-anchoring report. */
export function citingFactLabels(data: Dataset, key: string, lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const fact of eachFact(data)) {
    if (!citationsOf(fact.value).some((c) => c.kind === "source" && c.source === key)) continue;
    const label = factLabel(data, fact.factKey, lang);
    if (label) labels[fact.factKey] = [label.label, label.detail].filter(Boolean).join(" · ");
  }
  return labels;
}
