import type { Dataset } from "@/lib/dataset/schema";
import type { Change } from "./changes";
import { factKeyOf, findFact, KEY_FIELDS } from "./facts";

// Two requests that touch the same field are flagged while both are open; publishing the second
// one after the first shows the published value instead of overwriting it silently.

/** The fields a change touches; "*" for a fact created or retired as a whole. */
export function touchedFields(change: Change): string[] {
  if (change.op !== "update") return ["*"];
  return Object.keys(change.fields ?? {}).filter((f) => !KEY_FIELDS[change.entity].includes(f));
}

export interface Overlap {
  factKey: string;
  fields: string[];
}

/** The facts and fields that two lists of changes both touch. */
export function overlaps(a: readonly Change[], b: readonly Change[]): Overlap[] {
  const result: Overlap[] = [];
  for (const x of a) {
    const key = factKeyOf(x.entity, x.key);
    for (const y of b) {
      if (factKeyOf(y.entity, y.key) !== key) continue;
      const fx = touchedFields(x);
      const fy = touchedFields(y);
      const shared = fx.includes("*")
        ? fy
        : fy.includes("*")
          ? fx
          : fx.filter((f) => fy.includes(f));
      if (shared.length) result.push({ factKey: key, fields: shared });
    }
  }
  return result;
}

export interface PublishConflict {
  change: number;
  factKey: string;
  field: string;
  /** the value when the request was written, the value published since, and the proposed one */
  base: unknown;
  published: unknown;
  proposed: unknown;
}

/**
 * Fields the request changes that were changed by another publication since its base version. A
 * fact created meanwhile, or changed or retired meanwhile, conflicts as a whole ("*").
 */
export function publishConflicts(
  base: Dataset,
  current: Dataset,
  changes: readonly Change[],
): PublishConflict[] {
  const conflicts: PublishConflict[] = [];
  changes.forEach((change, i) => {
    const factKey = factKeyOf(change.entity, change.key);
    const then = findFact(base, change.entity, change.key)?.value ?? null;
    const now = findFact(current, change.entity, change.key)?.value ?? null;
    if (JSON.stringify(then) === JSON.stringify(now)) return;
    for (const field of touchedFields(change)) {
      const before = field === "*" ? then : (then?.[field] ?? null);
      const published = field === "*" ? now : (now?.[field] ?? null);
      if (JSON.stringify(before) === JSON.stringify(published) && then && now) continue;
      conflicts.push({
        change: i,
        factKey,
        field,
        base: before,
        published,
        proposed:
          field === "*" ? (change.op === "retire" ? null : change.fields) : change.fields?.[field],
      });
    }
  });
  return conflicts;
}
