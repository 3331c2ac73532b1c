import type { Change } from "@/lib/curation/changes";
import { KEY_FIELDS, type Entity, type FactKeyFields, type FactValue } from "@/lib/curation/facts";
import { NUMBER_FIELDS, optionalFields } from "./fields";

// The edit form's state is the fact as the reader types it (numbers as text, empty optional
// fields as ""); these turn it into the fact the schema checks and the change the draft takes.

/** The fact as the user's draft leaves it: the published value with the draft's fields over it. */
export function startingFact(
  published: FactValue | null,
  pending: Pick<Change, "op" | "fields"> | null,
): FactValue | null {
  if (!pending || pending.op === "retire") return published;
  const fact: FactValue = { ...(published ?? {}) };
  for (const [field, value] of Object.entries(pending.fields ?? {})) {
    if (value === null) delete fact[field];
    else fact[field] = value;
  }
  return fact;
}

/** A new fact's form: its key (when the link named one) and empty lists. */
export function blankForm(entity: Entity, key: FactKeyFields = {}): FactValue {
  const lists: Partial<Record<Entity, FactValue>> = {
    assessment: { citations: [] },
    event: { citations: [], dimensions: [] },
    observation: { citations: [] },
    actor: { roles: [] },
    dimension: { scale: [] },
  };
  return { ...(lists[entity] ?? {}), ...key };
}

/** A fact as the form shows it: numbers as text. */
export function formOf(fact: FactValue): FactValue {
  const form: FactValue = { ...fact };
  for (const name of NUMBER_FIELDS)
    if (typeof form[name] === "number") form[name] = String(form[name]);
  if (Array.isArray(form.scale))
    form.scale = (form.scale as FactValue[]).map((s) => ({ ...s, level: String(s.level ?? "") }));
  return form;
}

const toNumber = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v);

/** The fact the form describes: numbers parsed, empty optional fields left out. */
export function toFact(entity: Entity, form: FactValue): FactValue {
  const optional = optionalFields(entity);
  const fact: FactValue = {};
  for (const [name, raw] of Object.entries(form)) {
    let value = NUMBER_FIELDS.has(name) ? toNumber(raw) : raw;
    if (name === "ongoing") value = raw === true ? true : undefined;
    if (Array.isArray(value) && value.length === 0 && optional.has(name)) value = undefined;
    if (value === "" && optional.has(name)) value = undefined;
    if (value !== undefined) fact[name] = value;
  }
  if (Array.isArray(fact.scale)) {
    const scale = (fact.scale as FactValue[]).map((s) => ({ ...s, level: toNumber(s.level) }));
    if (scale.length === 0) delete fact.scale;
    else fact.scale = scale;
  }
  return fact;
}

export const keyOf = (entity: Entity, fact: FactValue): FactKeyFields =>
  Object.fromEntries(KEY_FIELDS[entity].map((f) => [f, String(fact[f] ?? "")]));

/**
 * The change that makes `fact` of the form: a create with every field, or an update with every
 * field and `null` for each field the original had and the form left out (an update merges).
 */
export function changeOf(entity: Entity, fact: FactValue, original: FactValue | null): Change {
  const keys = KEY_FIELDS[entity];
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fact)) if (!keys.includes(name)) fields[name] = value;
  if (original)
    for (const name of Object.keys(original))
      if (!keys.includes(name) && !(name in fields)) fields[name] = null;
  return { op: original ? "update" : "create", entity, key: keyOf(entity, fact), fields };
}

export const retireChange = (entity: Entity, key: FactKeyFields): Change => ({
  op: "retire",
  entity,
  key,
});
