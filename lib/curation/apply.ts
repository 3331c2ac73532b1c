import { canonicalize } from "@/lib/dataset/canonical";
import type { Dataset } from "@/lib/dataset/schema";
import { checkIntegrity } from "@/lib/dataset/validate";
import { zodProblem } from "@/lib/errors/zod";
import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";
import type { Change } from "./changes";
import {
  factAtPath,
  factKeyOf,
  factsOf,
  findFact,
  KEY_FIELDS,
  SCHEMA_OF,
  type FactValue,
} from "./facts";
import { integrityProblem } from "./problems";

// Applying changes to a dataset: pure, so the review page, the preview and the publish
// transaction all compute the same result. The dataset's own rules (schema and integrity) are the
// rules of every change: at least one citation, both languages, quotes verbatim at their offsets.

export interface ChangeProblem {
  /** the index of the change in the request; -1 when the problem is the dataset's as a whole */
  change: number;
  factKey: string | null;
  /** the field path inside the fact (`citations.0.quote`), or "" */
  field: string;
  message: string;
}

export type ApplyResult = { ok: true; data: Dataset } | { ok: false; problems: ChangeProblem[] };

function keyProblem(change: Change): string | null {
  const fields = KEY_FIELDS[change.entity];
  const given = Object.keys(change.key);
  if (fields.some((f) => !change.key[f]) || given.some((g) => !fields.includes(g)))
    return fields.join(", ");
  return null;
}

/** The fact after one change, or null when it is retired. */
function changed(existing: FactValue | null, change: Change): FactValue | null {
  if (change.op === "retire") return null;
  const value: FactValue = { ...(existing ?? {}), ...change.key };
  for (const [field, v] of Object.entries(change.fields ?? {})) {
    if (KEY_FIELDS[change.entity].includes(field)) continue;
    if (v === null) delete value[field];
    else value[field] = v;
  }
  return value;
}

export function applyChanges(base: Dataset, changes: readonly Change[], lang: Lang): ApplyResult {
  const t = (key: string, params = {}) => translateKey(lang, `curation.problems.${key}`, params);
  const data = structuredClone(base) as Dataset;
  const problems: ChangeProblem[] = [];
  const factKeys = new Map<string, number>();
  changes.forEach((change, i) => {
    const wanted = keyProblem(change);
    if (wanted) {
      problems.push({
        change: i,
        factKey: null,
        field: "key",
        message: t("badKey", { fields: wanted }),
      });
      return;
    }
    const factKey = factKeyOf(change.entity, change.key);
    if (factKeys.has(factKey)) {
      problems.push({ change: i, factKey, field: "", message: t("twice") });
      return;
    }
    factKeys.set(factKey, i);
    const found = findFact(data, change.entity, change.key);
    if (change.op === "create" && found) {
      problems.push({ change: i, factKey, field: "", message: t("exists") });
      return;
    }
    if (change.op !== "create" && !found) {
      problems.push({ change: i, factKey, field: "", message: t("noSuchFact") });
      return;
    }
    const value = changed(found?.value ?? null, change);
    const list = factsOf(data, change.entity);
    if (value === null) {
      list.splice(found!.index, 1);
      return;
    }
    const parsed = SCHEMA_OF[change.entity].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          change: i,
          factKey,
          field: issue.path.map(String).join("."),
          message: zodProblem(issue, lang),
        });
      return;
    }
    if (found) list[found.index] = parsed.data as FactValue;
    else list.push(parsed.data as FactValue);
  });
  if (problems.length) return { ok: false, problems };
  // References, duplicates and quotes at their offsets, across the whole dataset.
  for (const problem of checkIntegrity(data)) {
    const factKey = factAtPath(data, problem.path);
    const prefix = factKey ? problem.path.replace(/^\$\.\w+\[\d+\]\.?/, "") : problem.path;
    problems.push({
      change: factKey ? (factKeys.get(factKey) ?? -1) : -1,
      factKey,
      field: prefix,
      message: integrityProblem(problem.message, lang),
    });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, data: canonicalize(data) };
}
