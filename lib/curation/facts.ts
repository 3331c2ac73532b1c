import type { z } from "zod";
import {
  actorSchema,
  assessmentSchema,
  countrySchema,
  dimensionSchema,
  indicatorSchema,
  observationSchema,
  timelineEventSchema,
  type Dataset,
} from "@/lib/dataset/schema";

// The facts a change request can create, change or retire, named as in the dataset format
// (docs/dataset-format.md). A fact key names one fact across versions: `assessment:JP:data-governance`.

export const ENTITIES = [
  "assessment",
  "event",
  "indicator",
  "observation",
  "actor",
  "country",
  "dimension",
] as const;
export type Entity = (typeof ENTITIES)[number];

type Collection =
  | "assessments"
  | "timeline"
  | "indicators"
  | "observations"
  | "actors"
  | "countries"
  | "dimensions";

export const COLLECTION: Record<Entity, Collection> = {
  assessment: "assessments",
  event: "timeline",
  indicator: "indicators",
  observation: "observations",
  actor: "actors",
  country: "countries",
  dimension: "dimensions",
};

/** The fields that identify a fact; they cannot be changed, only retired and created anew. */
export const KEY_FIELDS: Record<Entity, readonly string[]> = {
  assessment: ["country", "dimension"],
  event: ["key"],
  indicator: ["key"],
  observation: ["key"],
  actor: ["key"],
  country: ["key"],
  dimension: ["key"],
};

export const SCHEMA_OF: Record<Entity, z.ZodType> = {
  assessment: assessmentSchema,
  event: timelineEventSchema,
  indicator: indicatorSchema,
  observation: observationSchema,
  actor: actorSchema,
  country: countrySchema,
  dimension: dimensionSchema,
};

export type FactValue = Record<string, unknown>;
export type FactKeyFields = Record<string, string>;

export const factKeyOf = (entity: Entity, key: FactKeyFields) =>
  [entity, ...KEY_FIELDS[entity].map((field) => key[field] ?? "")].join(":");

/** The key fields of a fact value. */
export const keyFieldsOf = (entity: Entity, value: FactValue): FactKeyFields =>
  Object.fromEntries(KEY_FIELDS[entity].map((field) => [field, String(value[field] ?? "")]));

export function parseFactKey(factKey: string): { entity: Entity; key: FactKeyFields } | null {
  const [entity, ...parts] = factKey.split(":");
  if (!(ENTITIES as readonly string[]).includes(entity)) return null;
  const fields = KEY_FIELDS[entity as Entity];
  if (parts.length !== fields.length || parts.some((p) => p === "")) return null;
  return {
    entity: entity as Entity,
    key: Object.fromEntries(fields.map((f, i) => [f, parts[i]])),
  };
}

export const factsOf = (data: Dataset, entity: Entity) =>
  data[COLLECTION[entity]] as unknown as FactValue[];

export function findFact(data: Dataset, entity: Entity, key: FactKeyFields) {
  const index = factsOf(data, entity).findIndex((fact) =>
    KEY_FIELDS[entity].every((field) => fact[field] === key[field]),
  );
  return index < 0 ? null : { index, value: factsOf(data, entity)[index] };
}

/** Every fact of a dataset with its key, for diffs and history. */
export function* eachFact(
  data: Dataset,
): Generator<{ entity: Entity; factKey: string; value: FactValue }> {
  for (const entity of ENTITIES) {
    for (const value of factsOf(data, entity))
      yield { entity, factKey: factKeyOf(entity, keyFieldsOf(entity, value)), value };
  }
}

/** The fact a dataset problem's path (`$.assessments[3].citations[0]`) lies in. */
export function factAtPath(data: Dataset, path: string): string | null {
  const match = path.match(/^\$\.(\w+)\[(\d+)\]/);
  const entity = ENTITIES.find((e) => COLLECTION[e] === match?.[1]);
  if (!match || !entity) return null;
  const value = factsOf(data, entity)[Number(match[2])];
  return value ? factKeyOf(entity, keyFieldsOf(entity, value)) : null;
}
