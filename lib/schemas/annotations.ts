import { z } from "zod";
import { targetsInputSchema } from "@/lib/annotations/target-list";

export const MAX_BODY = 10_000;
export const MAX_TAGS = 20;

// Shared by the API routes and the annotation forms. Problems are named by keys of
// messages/{zh,en}/validation.json (lib/errors/zod.ts says them in the reader's language).

const body = z
  .string({ error: "bodyRequired" })
  .refine((v) => v.trim() !== "", "bodyEmpty")
  .refine((v) => v.length <= MAX_BODY, { message: "bodyLength", params: { max: String(MAX_BODY) } })
  .refine((v) => !v.includes("\u0000"), "nul");
const tag = z
  .string()
  .trim()
  .min(1, "tagEmpty")
  .max(40, "tagLength")
  .regex(/^[^\s,<>"'`\u0000]+$/u, "tagWord");
const tags = z
  .array(tag)
  .max(MAX_TAGS, "tagCount")
  .transform((list) => [...new Set(list)]);

/**
 * Teammates named (@mentions) by e-mail, or by user id as an annotation's `mentions` give them
 * back; each is notified once (lib/queries/annotation-mentions.ts).
 */
export const MAX_MENTIONS = 20;
const mention = z
  .string({ error: "mention" })
  .trim()
  .refine((v) => z.email().max(320).safeParse(v).success || /^[a-z0-9]{20,40}$/.test(v), "mention");
const mentions = z
  .array(mention)
  .max(MAX_MENTIONS, "mentionCount")
  .transform((list) => [...new Set(list.map((e) => (e.includes("@") ? e.toLowerCase() : e)))]);

export const visibilitySchema = z.enum(["team", "private"]);
export const statusSchema = z.enum(["open", "resolved"]);

export const newAnnotationSchema = z.strictObject({
  /** One target or several (each must exist), legacy places turned into their facts. */
  target: targetsInputSchema,
  body,
  tags: tags.default([]),
  visibility: visibilitySchema.default("team"),
  mentions: mentions.optional(),
  /** A reply names its thread's first annotation. */
  parentId: z.uuid().optional(),
});

/** An edit names the version it was based on; a stale one is refused with 409 and the current text. */
export const annotationPatchSchema = z
  .strictObject({
    baseVersion: z.number({ error: "baseVersionRequired" }).int().min(1).max(2_147_483_647),
    body: body.optional(),
    tags: tags.optional(),
    status: statusSchema.optional(),
    visibility: visibilitySchema.optional(),
    /** The whole list of mentions after the edit; only the newly added ones notify. */
    mentions: mentions.optional(),
  })
  .refine(
    (p) =>
      p.body !== undefined ||
      p.tags !== undefined ||
      p.status !== undefined ||
      p.visibility !== undefined ||
      p.mentions !== undefined,
    "nothingToChange",
  );

export type NewAnnotation = z.infer<typeof newAnnotationSchema>;
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;
