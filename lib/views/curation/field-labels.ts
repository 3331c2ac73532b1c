import type { Entity, FactValue } from "@/lib/curation/facts";
import { countryName, dimensionName, formatPartialDate, pick } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import { formatList, translateKey } from "@/lib/i18n/translator";

// Every field of every fact as a reviewer reads it: a label in their language (the two languages
// of a text being two fields, "Summary (Chinese)"), and the value with keys turned into names and
// enumerations into words, so a diff can be read without the dataset format at hand.

/** Fields with a label in curation.fields; anything else (a future field) shows its name. */
export const FIELD_NAMES = [
  "key",
  "country",
  "dimension",
  "dimensions",
  "indicator",
  "summaryZh",
  "summaryEn",
  "level",
  "confidence",
  "noteZh",
  "noteEn",
  "kind",
  "start",
  "end",
  "ongoing",
  "titleZh",
  "titleEn",
  "nameZh",
  "nameEn",
  "unitZh",
  "unitEn",
  "value",
  "comparator",
  "year",
  "type",
  "roles",
  "coverage",
  "group",
  "order",
  "descriptionZh",
  "descriptionEn",
  "scale",
  "citations",
] as const;

export function fieldLabel(field: string, lang: Lang): string {
  return (FIELD_NAMES as readonly string[]).includes(field)
    ? translateKey(lang, `curation.fields.${field}`)
    : field;
}

/** Messages of other namespaces that already name an enumeration's values. */
const ENUM_MESSAGES: Record<string, string> = {
  confidence: "common.evidence.confidenceLevels",
  kind: "timeline.kinds",
  type: "actors.types",
  comparator: "indicators.comparator",
  group: "curation.groups",
  coverage: "curation.coverage",
};

const str = (v: unknown) => (typeof v === "string" ? v : "");

interface ScaleLevel {
  level: number;
  labelZh: string;
  labelEn: string;
  rubricZh?: string;
  rubricEn?: string;
}

interface Role {
  dimension: string;
  roleZh: string;
  roleEn: string;
  citations?: unknown[];
}

/** "3 · National legal framework": a level with its label on the dimension's scale. */
export function levelText(data: Dataset, dimension: string, level: number, lang: Lang): string {
  const step = data.dimensions
    .find((d) => d.key === dimension)
    ?.scale?.find((l) => l.level === level);
  return step ? `${level} · ${pick(lang, step.labelZh, step.labelEn)}` : String(level);
}

/**
 * A field's value as text, or null when the field is absent. `fact` is the fact the value belongs
 * to (its other fields give context: an assessment's dimension for its level, a dimension's own
 * scale); multi-line values (scales, roles) are joined with newlines.
 */
export function formatFieldValue(
  data: Dataset,
  entity: Entity,
  field: string,
  value: unknown,
  fact: FactValue | null,
  lang: Lang,
): string | null {
  if (value === null || value === undefined) return null;
  if (field === "level" && typeof value === "number" && entity === "assessment")
    return levelText(data, str(fact?.dimension), value, lang);
  if (field === "country" && typeof value === "string") return countryName(data, value, lang);
  if (field === "dimension" && typeof value === "string") return dimensionName(data, value, lang);
  if (field === "dimensions" && Array.isArray(value))
    return formatList(
      value.map((d) => dimensionName(data, String(d), lang)),
      lang,
    );
  if (field === "indicator" && typeof value === "string") {
    const indicator = data.indicators.find((i) => i.key === value);
    return indicator ? pick(lang, indicator.nameZh, indicator.nameEn) : value;
  }
  if ((field === "start" || field === "end") && entity === "event" && typeof value === "string")
    return formatPartialDate(value, lang);
  if (field === "ongoing") return translateKey(lang, `curation.values.${value ? "yes" : "no"}`);
  if (field === "scale" && Array.isArray(value))
    return (value as ScaleLevel[])
      .map((l) => `${l.level} · ${pick(lang, l.labelZh, l.labelEn)}`)
      .join("\n");
  if (field === "roles" && Array.isArray(value))
    return (value as Role[])
      .map((r) =>
        translateKey(lang, "curation.values.role", {
          dimension: dimensionName(data, r.dimension, lang),
          role: pick(lang, r.roleZh, r.roleEn),
          count: r.citations?.length ?? 0,
        }),
      )
      .join("\n");
  const messages = ENUM_MESSAGES[field];
  if (messages && typeof value === "string" && !(field === "kind" && entity !== "event"))
    return translateKey(lang, `${messages}.${value}`);
  if (typeof value === "number")
    return field === "year" ? String(value) : value.toLocaleString(LOCALE_OF[lang]);
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

/** What a fact is called: "Japan × Data governance", an event's title, an indicator's name… */
export function factHeading(
  data: Dataset,
  entity: Entity,
  key: Record<string, string>,
  value: FactValue | null,
  lang: Lang,
): string {
  if (entity === "assessment")
    return `${countryName(data, key.country ?? "", lang)} × ${dimensionName(data, key.dimension ?? "", lang)}`;
  if (entity === "observation") {
    const indicator = data.indicators.find((i) => i.key === str(value?.indicator));
    const parts = [
      indicator ? pick(lang, indicator.nameZh, indicator.nameEn) : key.key,
      value?.country ? countryName(data, str(value.country), lang) : null,
      typeof value?.year === "number" ? String(value.year) : null,
    ];
    return parts.filter(Boolean).join(" · ");
  }
  const [zh, en] = entity === "event" ? ["titleZh", "titleEn"] : ["nameZh", "nameEn"];
  const name = str(value?.[zh]) ? pick(lang, str(value?.[zh]), str(value?.[en])) : key.key;
  return entity === "event" || entity === "actor"
    ? [name, value?.country ? countryName(data, str(value.country), lang) : null]
        .filter(Boolean)
        .join(" · ")
    : (name ?? "");
}
