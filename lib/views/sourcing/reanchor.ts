import { historyHref } from "@/lib/views/history/href";

// The report of a new source version: how many citations were found again where they stood,
// found elsewhere, or lost, and the lost ones with the fact that cites them.

export interface ReanchorAnswer {
  anchored: number;
  moved: number;
  orphaned: number;
  changeRequestId: string | null;
  citations: { factKey: string; quote: string; status: "anchored" | "moved" | "orphaned" }[];
}

export interface ReanchorReport {
  anchored: number;
  moved: number;
  orphaned: number;
  total: number;
  requestHref: string | null;
  orphans: { factKey: string; label: string; quote: string; historyHref: string }[];
}

/** `labels`: the readable name of each fact citing the source, by fact key. */
export function buildReanchorReport(
  answer: ReanchorAnswer,
  labels: Readonly<Record<string, string>>,
  lang: "zh" | "en",
): ReanchorReport {
  return {
    anchored: answer.anchored,
    moved: answer.moved,
    orphaned: answer.orphaned,
    total: answer.anchored + answer.moved + answer.orphaned,
    requestHref: answer.changeRequestId
      ? `/curation/requests/${answer.changeRequestId}?lang=${lang}`
      : null,
    orphans: answer.citations
      .filter((c) => c.status === "orphaned")
      .map((c) => ({
        factKey: c.factKey,
        label: labels[c.factKey] ?? c.factKey,
        quote: c.quote,
        historyHref: historyHref(c.factKey, lang),
      })),
  };
}
