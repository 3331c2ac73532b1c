import type { Change } from "@/lib/curation/changes";
import type { FactDiff } from "@/lib/curation/diff";
import { factKeyOf, KEY_FIELDS } from "@/lib/curation/facts";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { factLabel } from "@/lib/views/history/label";
import { fieldName } from "./field-name";
import { editHref } from "./href";

// The draft page's list: each change named by its fact, what it does, and which fields it touches.

export interface DraftItem {
  factKey: string;
  op: Change["op"];
  entityName: string;
  label: string;
  detail: string | null;
  /** the fields the change sets, as readers call them */
  fields: string[];
  citationsAdded: number;
  citationsRemoved: number;
  editHref: string;
  problems: string[];
}

export function draftItems(
  draft: {
    changes: Change[];
    diff: FactDiff[] | null;
    problems: { change: number; field: string; message: string }[];
  },
  data: Dataset,
  lang: Lang,
): DraftItem[] {
  return draft.changes.map((change, i) => {
    const factKey = factKeyOf(change.entity, change.key);
    const diff = draft.diff?.[i] ?? null;
    const names = diff
      ? diff.fields.map((f) => f.field)
      : Object.keys(change.fields ?? {}).filter((f) => !KEY_FIELDS[change.entity].includes(f));
    const label = factLabel(
      data,
      factKey,
      lang,
      diff?.after ?? diff?.before ?? change.fields ?? null,
    );
    return {
      factKey,
      op: change.op,
      entityName: label?.entityName ?? change.entity,
      label: label?.label ?? factKey,
      detail: label?.detail ?? null,
      fields: change.op === "retire" ? [] : names.map((n) => fieldName(n, lang)),
      citationsAdded: diff?.citationsAdded.length ?? 0,
      citationsRemoved: diff?.citationsRemoved.length ?? 0,
      editHref: editHref(change.entity, change.key, lang),
      problems: draft.problems
        .filter((p) => p.change === i)
        .map((p) => (p.field ? `${fieldName(p.field, lang)}: ${p.message}` : p.message)),
    };
  });
}
