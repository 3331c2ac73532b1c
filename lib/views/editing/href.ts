import { ENTITIES, KEY_FIELDS, type Entity, type FactKeyFields } from "@/lib/curation/facts";
import type { Lang } from "@/lib/i18n/lang";

// The edit form's address (app/curation/edit/[entity]/page.tsx): the entity in the path and the
// key fields as query parameters, `?country=JP&dimension=data-governance` or `?key=cn-stage-1`.

export function editHref(entity: Entity, key: FactKeyFields | null, lang: Lang): string {
  const query = new URLSearchParams(key ? KEY_FIELDS[entity].map((f) => [f, key[f] ?? ""]) : []);
  query.set("lang", lang);
  return `/curation/edit/${entity}?${query.toString()}`;
}

export const parseEntity = (value: string): Entity | null =>
  (ENTITIES as readonly string[]).includes(value) ? (value as Entity) : null;

/** The key the query names: all of its key fields, or none (a new fact); null when half given. */
export function keyFromQuery(
  entity: Entity,
  query: Record<string, string | string[] | undefined>,
): FactKeyFields | "none" | null {
  const values = KEY_FIELDS[entity].map((f) => {
    const v = query[f];
    return typeof v === "string" ? v.trim() : "";
  });
  if (values.every((v) => v === "")) return "none";
  if (values.some((v) => v === "" || v.length > 100)) return null;
  return Object.fromEntries(KEY_FIELDS[entity].map((f, i) => [f, values[i]]));
}
