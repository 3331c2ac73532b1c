import type { Entity } from "@/lib/curation/facts";
import {
  actorSchema,
  assessmentSchema,
  countrySchema,
  dimensionSchema,
  observationSchema,
  timelineEventSchema,
} from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";

// The edit form of each kind of fact, row by row, in the order the form shows them. The schema
// (lib/dataset/schema.ts) stays the rule; this only says how each field is entered.

export type Ref = "countries" | "dimensions" | "indicators";

export type FieldSpec =
  | { kind: "key"; name: string; ref?: Ref }
  | { kind: "pair"; name: string; multiline?: boolean; optional?: boolean }
  | { kind: "enum"; name: string; values: readonly string[] }
  | { kind: "ref"; name: string; ref: Ref }
  | { kind: "refs"; name: string; ref: Ref }
  | { kind: "number"; name: string; optional?: boolean }
  | { kind: "date"; name: string; optional?: boolean }
  | { kind: "level" }
  | { kind: "ongoing" }
  | { kind: "citations" }
  | { kind: "roles" }
  | { kind: "scale" };

// The choices of each enumerated field, as the dataset's schema defines them (same order).
export const CONFIDENCES = assessmentSchema.shape.confidence.options;
export const EVENT_KINDS = timelineEventSchema.shape.kind.options;
export const COMPARATORS = observationSchema.shape.comparator.options;
export const ACTOR_TYPES = actorSchema.shape.type.options;
export const COVERAGES = countrySchema.shape.coverage.options;
export const GROUPS = dimensionSchema.shape.group.options;

const note: FieldSpec = { kind: "pair", name: "note", multiline: true, optional: true };

export const FORM: Record<Entity, readonly FieldSpec[]> = {
  assessment: [
    { kind: "key", name: "country", ref: "countries" },
    { kind: "key", name: "dimension", ref: "dimensions" },
    { kind: "pair", name: "summary", multiline: true },
    { kind: "level" },
    { kind: "enum", name: "confidence", values: CONFIDENCES },
    note,
    { kind: "citations" },
  ],
  event: [
    { kind: "key", name: "key" },
    { kind: "ref", name: "country", ref: "countries" },
    { kind: "enum", name: "kind", values: EVENT_KINDS },
    { kind: "pair", name: "title" },
    { kind: "date", name: "start" },
    { kind: "date", name: "end", optional: true },
    { kind: "ongoing" },
    { kind: "refs", name: "dimensions", ref: "dimensions" },
    note,
    { kind: "citations" },
  ],
  indicator: [
    { kind: "key", name: "key" },
    { kind: "pair", name: "name" },
    { kind: "pair", name: "unit" },
  ],
  observation: [
    { kind: "key", name: "key" },
    { kind: "ref", name: "indicator", ref: "indicators" },
    { kind: "ref", name: "country", ref: "countries" },
    { kind: "number", name: "value" },
    { kind: "enum", name: "comparator", values: COMPARATORS },
    { kind: "number", name: "year", optional: true },
    note,
    { kind: "citations" },
  ],
  actor: [
    { kind: "key", name: "key" },
    { kind: "ref", name: "country", ref: "countries" },
    { kind: "enum", name: "type", values: ACTOR_TYPES },
    { kind: "pair", name: "name" },
    { kind: "roles" },
  ],
  country: [
    { kind: "key", name: "key" },
    { kind: "pair", name: "name" },
    { kind: "enum", name: "coverage", values: COVERAGES },
    note,
  ],
  dimension: [
    { kind: "key", name: "key" },
    { kind: "enum", name: "group", values: GROUPS },
    { kind: "number", name: "order" },
    { kind: "pair", name: "name" },
    { kind: "pair", name: "description", multiline: true },
    { kind: "scale" },
  ],
};

/** Fields entered as text but stored as numbers. */
export const NUMBER_FIELDS = new Set(["level", "value", "year", "order"]);

/** The optional fields of an entity's top level: left out of the fact when empty. */
export function optionalFields(entity: Entity): Set<string> {
  const names = new Set<string>();
  for (const spec of FORM[entity]) {
    if (spec.kind === "pair" && spec.optional) names.add(`${spec.name}Zh`).add(`${spec.name}En`);
    if ((spec.kind === "number" || spec.kind === "date") && spec.optional) names.add(spec.name);
    if (spec.kind === "level") names.add("level");
    if (spec.kind === "ongoing") names.add("ongoing");
    if (spec.kind === "refs") names.add(spec.name);
  }
  return names;
}

/** Where the catalog already names each enum's values (the views' legends), so the form says the same. */
const ENUM_MESSAGES: Record<string, string> = {
  confidence: "common.evidence.confidenceLevels",
  kind: "timeline.kinds",
  comparator: "indicators.comparator",
  type: "actors.types",
  coverage: "editing.coverage",
  group: "editing.groups",
};

export const enumLabel = (field: string, value: string, lang: Lang) =>
  ENUM_MESSAGES[field] ? translateKey(lang, `${ENUM_MESSAGES[field]}.${value}`) : value;
