import type { Citation, Dataset } from "@/lib/dataset/schema";
import type { Change } from "./changes";
import {
  eachFact,
  factKeyOf,
  findFact,
  KEY_FIELDS,
  keyFieldsOf,
  type Entity,
  type FactValue,
} from "./facts";

// What a change does to a fact, field by field (DoltHub's cell diff): old and new values of every
// field that differs, both languages being separate fields, and the citations added and removed.

export interface FieldDiff {
  field: string;
  before: unknown;
  after: unknown;
}

export interface FactDiff {
  factKey: string;
  entity: Entity;
  op: Change["op"];
  key: Record<string, string>;
  fields: FieldDiff[];
  citationsAdded: Citation[];
  citationsRemoved: Citation[];
  before: FactValue | null;
  after: FactValue | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Citations of a fact: its own, or (an actor) its roles'. */
function citationsOf(fact: FactValue | null): Citation[] {
  if (!fact) return [];
  if (Array.isArray(fact.citations)) return fact.citations as Citation[];
  if (Array.isArray(fact.roles))
    return (fact.roles as { citations: Citation[] }[]).flatMap((r) => r.citations);
  return [];
}

export function fieldDiff(before: FactValue | null, after: FactValue | null): FieldDiff[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names]
    .filter((field) => field !== "citations" && !same(before?.[field], after?.[field]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

export function citationDiff(before: FactValue | null, after: FactValue | null) {
  const old = citationsOf(before);
  const now = citationsOf(after);
  const has = (list: Citation[], c: Citation) => list.some((x) => same(x, c));
  return {
    citationsAdded: now.filter((c) => !has(old, c)),
    citationsRemoved: old.filter((c) => !has(now, c)),
  };
}

/** The diff of each change between the dataset before (`base`) and after (`next`) applying them. */
export function diffChanges(base: Dataset, next: Dataset, changes: readonly Change[]): FactDiff[] {
  return changes.map((change) => {
    const before = findFact(base, change.entity, change.key)?.value ?? null;
    const after = findFact(next, change.entity, change.key)?.value ?? null;
    return {
      factKey: factKeyOf(change.entity, change.key),
      entity: change.entity,
      op: change.op,
      key: change.key,
      fields: fieldDiff(before, after),
      ...citationDiff(before, after),
      before,
      after,
    };
  });
}

/** Facts present in both datasets whose values differ, as update fields (every non-key field). */
export function diffDatasetFacts(before: Dataset, after: Dataset) {
  const old = new Map([...eachFact(before)].map((f) => [f.factKey, f.value]));
  const result: { entity: Entity; key: Record<string, string>; fields: FactValue }[] = [];
  for (const fact of eachFact(after)) {
    const was = old.get(fact.factKey);
    if (!was || same(was, fact.value)) continue;
    const fields = Object.fromEntries(
      Object.entries(fact.value).filter(([k]) => !KEY_FIELDS[fact.entity].includes(k)),
    );
    result.push({ entity: fact.entity, key: keyFieldsOf(fact.entity, fact.value), fields });
  }
  return result;
}
