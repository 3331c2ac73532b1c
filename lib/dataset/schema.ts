import { z } from "zod";

/** Stable keys: lower-case words joined by hyphens (`development-model`, `cn-stage-1`). */
export const keySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebabKey");
export const countryKeySchema = z.string().regex(/^[A-Z]{2}$/, "countryKey");
/** A date with its precision: "2014" (year) or "2014-08" (year-month). */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "partialDate");

/** Text is stored as given (never trimmed): it must have content and no NUL, which PostgreSQL refuses. */
const noNul = (value: string) => !value.includes("\u0000");
const text = z
  .string()
  .refine((value) => value.trim() !== "", "empty")
  .refine(noNul, "nul");

/** Optional bilingual notes: both languages or neither. */
const note = { noteZh: text.optional(), noteEn: text.optional() };
const twinNotes = <T extends { noteZh?: string; noteEn?: string }>(value: T) =>
  (value.noteZh === undefined) === (value.noteEn === undefined);
const twinMessage = { message: "twinNotes", path: ["noteEn"] };

export const sourceCitationSchema = z
  .strictObject({
    kind: z.literal("source"),
    source: keySchema,
    /** The source's version the offsets count in; without it, version 1. */
    version: z.number().int().min(1).optional(),
    quote: text,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    translationEn: text.optional(),
    ...note,
  })
  .refine((c) => c.end > c.start, { message: "endAfterStart", path: ["end"] })
  .refine(twinNotes, twinMessage);

export const externalCitationSchema = z
  .strictObject({
    kind: z.literal("external"),
    title: text,
    publisher: text,
    year: z.number().int().min(1900).max(2100),
    url: z.url({ protocol: /^https?$/, error: "httpUrl" }),
    ...note,
  })
  .refine(twinNotes, twinMessage);

export const citationSchema = z.discriminatedUnion("kind", [
  sourceCitationSchema,
  externalCitationSchema,
]);
const citations = z.array(citationSchema).min(1, "needsCitation");

/** A date with its precision, down to the day: "2003", "2003-05" or "2003-05-30". */
export const sourceDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "sourceDate");

export const sourceSchema = z
  .strictObject({
    key: keySchema,
    /** Versions of one source share its key (a revised law); without it, version 1. */
    version: z.number().int().min(1).optional(),
    /** The version this one replaces (DigiChina's lineage), an earlier version of the same key. */
    replaces: z.number().int().min(1).optional(),
    file: text,
    titleZh: text,
    titleEn: text,
    author: text,
    /** The author as English readers write it ("Li Ming"); without it, captions use `author`. */
    authorEn: text.optional(),
    language: z.enum(["zh-CN", "en", "ja"]),
    kind: z.enum(["article", "report", "policy", "law", "web-page"]),
    format: z.enum(["html", "text", "markdown"]),
    publisher: text.optional(),
    date: sourceDateSchema.optional(),
    url: z.url({ protocol: /^https?$/, error: "httpUrl" }).optional(),
    /** The licence or terms of use, as the publisher states them. */
    licence: text.optional(),
    summaryZh: text.optional(),
    summaryEn: text.optional(),
    ...note,
    text: z.string().min(1).refine(noNul, "nul"),
  })
  .refine(twinNotes, twinMessage)
  .refine((s) => (s.summaryZh === undefined) === (s.summaryEn === undefined), {
    message: "twinSummary",
    path: ["summaryEn"],
  })
  .refine((s) => s.replaces === undefined || s.replaces < (s.version ?? 1), {
    message: "replacesEarlier",
    path: ["replaces"],
  });

export const countrySchema = z
  .strictObject({
    key: countryKeySchema,
    nameZh: text,
    nameEn: text,
    coverage: z.enum(["full", "thin"]),
    ...note,
  })
  .refine(twinNotes, twinMessage);

export const scaleLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(9),
  labelZh: text,
  labelEn: text,
  rubricZh: text,
  rubricEn: text,
});

export const dimensionSchema = z.strictObject({
  key: keySchema,
  group: z.enum(["model", "motivation", "actors", "data", "evolution", "outreach"]),
  order: z.number().int().min(0).max(2_147_483_647),
  nameZh: text,
  nameEn: text,
  descriptionZh: text,
  descriptionEn: text,
  scale: z.array(scaleLevelSchema).optional(),
});

export const assessmentSchema = z
  .strictObject({
    country: countryKeySchema,
    dimension: keySchema,
    summaryZh: text,
    summaryEn: text,
    level: z.number().int().min(1).max(9).optional(),
    confidence: z.enum(["high", "medium", "low"]),
    ...note,
    citations,
  })
  .refine(twinNotes, twinMessage);

export const timelineEventSchema = z
  .strictObject({
    key: keySchema,
    country: countryKeySchema,
    kind: z.enum(["stage", "policy", "law", "standard", "pilot", "event"]),
    start: partialDateSchema,
    end: partialDateSchema.optional(),
    /** A period still going on (China's fourth stage, "since 2020"); without it and without an end, an event is a point in time. */
    ongoing: z.literal(true).optional(),
    /** The comparison dimensions the event bears on; the data-laws chart shows events on the data dimensions. */
    dimensions: z.array(keySchema).min(1, "dimensionsEmpty").optional(),
    titleZh: text,
    titleEn: text,
    ...note,
    citations,
  })
  .refine(twinNotes, twinMessage)
  // A year-only end covers its whole year: "2014" ends after "2014-05".
  .refine((e) => e.end === undefined || e.end.padEnd(7, "-12") >= e.start, {
    message: "endBeforeStart",
    path: ["end"],
  })
  .refine((e) => !(e.ongoing && e.end), {
    message: "ongoingEnd",
    path: ["ongoing"],
  });

export const indicatorSchema = z.strictObject({
  key: keySchema,
  nameZh: text,
  nameEn: text,
  unitZh: text,
  unitEn: text,
});

export const observationSchema = z
  .strictObject({
    key: keySchema,
    indicator: keySchema,
    country: countryKeySchema,
    value: z.number().finite(),
    comparator: z.enum(["exact", "approx", "more-than"]),
    year: z.number().int().min(1900).max(2100).optional(),
    ...note,
    citations,
  })
  .refine(twinNotes, twinMessage);

export const actorRoleSchema = z.strictObject({
  dimension: keySchema,
  roleZh: text,
  roleEn: text,
  citations,
});

export const actorSchema = z.strictObject({
  key: keySchema,
  country: countryKeySchema,
  type: z.enum(["government", "enterprise", "citizens", "international", "academic"]),
  nameZh: text,
  nameEn: text,
  roles: z.array(actorRoleSchema).min(1, "needsRole"),
});

export const DATASET_FORMAT = "smart-city-compare/dataset";

export const datasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(1),
  sources: z.array(sourceSchema),
  countries: z.array(countrySchema),
  dimensions: z.array(dimensionSchema),
  assessments: z.array(assessmentSchema),
  timeline: z.array(timelineEventSchema),
  indicators: z.array(indicatorSchema),
  observations: z.array(observationSchema),
  actors: z.array(actorSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type SourceCitation = z.infer<typeof sourceCitationSchema>;
export type DatasetSource = z.infer<typeof sourceSchema>;
export type DatasetCountry = z.infer<typeof countrySchema>;
export type DatasetDimension = z.infer<typeof dimensionSchema>;
export type DatasetAssessment = z.infer<typeof assessmentSchema>;
export type DatasetTimelineEvent = z.infer<typeof timelineEventSchema>;
export type DatasetIndicator = z.infer<typeof indicatorSchema>;
export type DatasetObservation = z.infer<typeof observationSchema>;
export type DatasetActor = z.infer<typeof actorSchema>;
export type EventKind = DatasetTimelineEvent["kind"];
