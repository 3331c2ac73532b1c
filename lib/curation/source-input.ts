import { z } from "zod";
import { keySchema, sourceSchema } from "@/lib/dataset/schema";

// The metadata of a source an editor adds, from a form (empty fields are absent) or JSON.

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const shape = sourceSchema.shape;
const optional = <T extends z.ZodType>(s: T) => z.preprocess(blankToUndefined, s.optional());

export const sourceMetaSchema = z
  .strictObject({
    key: optional(keySchema),
    titleZh: shape.titleZh,
    titleEn: shape.titleEn,
    author: shape.author,
    authorEn: optional(shape.authorEn.unwrap()),
    publisher: optional(shape.publisher.unwrap()),
    date: optional(shape.date.unwrap()),
    language: shape.language,
    kind: shape.kind,
    url: optional(shape.url.unwrap()),
    licence: optional(shape.licence.unwrap()),
    summaryZh: optional(shape.summaryZh.unwrap()),
    summaryEn: optional(shape.summaryEn.unwrap()),
    noteZh: optional(shape.noteZh.unwrap()),
    noteEn: optional(shape.noteEn.unwrap()),
  })
  .refine((s) => (s.summaryZh === undefined) === (s.summaryEn === undefined), {
    message: "twinSummary",
    path: ["summaryEn"],
  });
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

/**
 * `title` is shorthand for a title that reads the same in both languages (an English law's name,
 * say): it fills `titleZh` and `titleEn` where they are not given.
 */
export function expandTitle(fields: Record<string, unknown>): Record<string, unknown> {
  const { title, ...rest } = fields;
  if (typeof title !== "string" || !title.trim()) return fields;
  return { titleZh: title, titleEn: title, ...rest };
}

/** For a new version every field may be left out: it keeps the previous version's value. */
export const sourceVersionMetaSchema = z
  .object(
    Object.fromEntries(
      Object.entries(sourceMetaSchema.shape)
        .filter(([k]) => k !== "key")
        .map(([k, s]) => [k, z.preprocess(blankToUndefined, (s as z.ZodType).optional())]),
    ),
  )
  .strict();

/** A pasted text source: the metadata and the text. */
export const pastedSourceSchema = z.intersection(
  sourceMetaSchema,
  z.object({ text: z.string().max(5_000_000) }),
);

/** `Act on the Protection of Personal Information` → `act-protection-personal-information`. */
export function keyFromTitle(title: string): string {
  const words = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !["a", "an", "the", "of", "on", "and", "for", "in", "to"].includes(w));
  return words.slice(0, 6).join("-") || "source";
}
