import { citationDiff, fieldDiff } from "@/lib/curation/diff";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import type { FactChange } from "@/lib/queries/history";
import { translator } from "@/lib/i18n/translator";
import { historyHref } from "./href";
import { factLabel, factViewHref, fieldNames, type FactLabel } from "./label";

// "What changed": the facts added, changed and retired since a version, grouped by what happened,
// each with a short summary of its changed fields.

export const CHANGE_OPS = ["added", "changed", "retired"] as const;

export interface ChangedFact extends FactLabel {
  summary: string;
  historyHref: string;
  /** Where the dashboard shows it: now, or (retired) as of the version compared with. */
  viewHref: string;
}

export interface ChangeGroup {
  op: FactChange["op"];
  facts: ChangedFact[];
}

export function buildChanges(
  data: Dataset,
  changes: readonly FactChange[],
  since: number,
  lang: Lang,
): ChangeGroup[] {
  const t = translator(lang);
  const describe = (c: FactChange): ChangedFact => {
    const label = factLabel(data, c.factKey, lang, c.after ?? c.before)!;
    let summary = label.entityName;
    if (c.op === "changed") {
      const fields = fieldDiff(c.before, c.after).map((f) => f.field);
      const cited = citationDiff(c.before, c.after);
      const parts = [fields.length ? fieldNames(fields, lang) : null];
      if (cited.citationsAdded.length)
        parts.push(t("history.changes.citationsAdded", { count: cited.citationsAdded.length }));
      if (cited.citationsRemoved.length)
        parts.push(t("history.changes.citationsRemoved", { count: cited.citationsRemoved.length }));
      summary = parts.filter(Boolean).join(t("common.separator"));
    }
    return {
      ...label,
      summary,
      historyHref: historyHref(c.factKey, lang),
      viewHref:
        c.op === "retired"
          ? factViewHref(c.factKey, lang, c.before, since)
          : factViewHref(c.factKey, lang, c.after),
    };
  };
  return CHANGE_OPS.map((op) => ({
    op,
    facts: changes.filter((c) => c.op === op).map(describe),
  })).filter((g) => g.facts.length > 0);
}

/** `since` from the URL: a version number, or a day (YYYY-MM-DD); anything else is ignored. */
export function parseSince(raw: string | undefined): { version: number } | { date: string } | null {
  if (!raw) return null;
  if (/^\d{1,9}$/.test(raw) && Number(raw) > 0) return { version: Number(raw) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)))
    return { date: raw };
  return null;
}
