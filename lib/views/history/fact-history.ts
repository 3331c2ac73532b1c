import { citationDiff, fieldDiff } from "@/lib/curation/diff";
import type { FactValue } from "@/lib/curation/facts";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { fieldLabel, factLabel, factViewHref, type FactLabel } from "./label";
import { isoTime } from "@/lib/i18n/date-time";
import { formatCitation, formatValue } from "./format-value";

/** One published value of a fact, as factHistory (lib/queries/history.ts) gives it. */
export interface HistoryRow {
  version: number;
  op: "created" | "updated" | "retired";
  value: FactValue | null;
  at: Date;
  kind: string;
  changeRequest: { id: string; title: string } | null;
  proposedBy: { id: string; name: string } | null;
  approvedBy: { id: string; name: string } | null;
}

export interface ShownField {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface HistoryEntry {
  version: number;
  op: HistoryRow["op"];
  /** ISO 8601; shown in the reader's zone by the date-time component */
  at: string;
  /** The change request that published it; null for an import, a baseline or a new source. */
  request: { id: string; title: string; href: string } | null;
  kind: string;
  proposedBy: string | null;
  approvedBy: string | null;
  /** What changed against the previous value (every field for the first one). */
  fields: ShownField[];
  citationsAdded: string[];
  citationsRemoved: string[];
  /** The whole value, pretty-printed; null once retired. */
  full: string | null;
  /** The dashboard as published in this version, focused on the fact. */
  viewHref: string;
  /** An older value: it can be proposed again. */
  restorable: boolean;
}

export interface FactHistoryModel extends FactLabel {
  entries: HistoryEntry[];
  currentHref: string | null;
}

const shown = (value: unknown, lang: Lang) =>
  value === null || value === undefined ? null : formatValue(value, lang);

/** The history page's model; null when the key names no fact that ever existed. */
export function buildFactHistory(
  data: Dataset,
  factKey: string,
  rows: readonly HistoryRow[],
  lang: Lang,
): FactHistoryModel | null {
  const last = rows.find((r) => r.value)?.value ?? null;
  const label = factLabel(data, factKey, lang, last);
  if (!label || rows.length === 0) return null;
  const entries = rows.map((row, i): HistoryEntry => {
    const previous = rows[i + 1]?.value ?? null;
    const citations = citationDiff(previous, row.value);
    return {
      version: row.version,
      op: row.op,
      at: isoTime(row.at),
      request: row.changeRequest
        ? { ...row.changeRequest, href: `/curation/requests/${row.changeRequest.id}?lang=${lang}` }
        : null,
      kind: row.kind,
      proposedBy: row.proposedBy?.name ?? null,
      approvedBy: row.approvedBy?.name ?? null,
      fields: fieldDiff(previous, row.value).map((d) => ({
        field: d.field,
        label: fieldLabel(d.field, lang),
        before: shown(d.before, lang),
        after: shown(d.after, lang),
      })),
      citationsAdded: citations.citationsAdded.map((c) => formatCitation(c, lang)),
      citationsRemoved: citations.citationsRemoved.map((c) => formatCitation(c, lang)),
      full: row.value ? JSON.stringify(row.value, null, 2) : null,
      viewHref: factViewHref(factKey, lang, row.value ?? last, row.version),
      restorable: i > 0,
    };
  });
  return {
    ...label,
    entries,
    currentHref: rows[0].op === "retired" ? null : factViewHref(factKey, lang, rows[0].value),
  };
}
