import { z } from "zod";
import { targetSchema } from "@/lib/annotations/targets";

export const MAX_BODY = 10_000;
export const MAX_TAGS = 20;

// Shared by the API routes and the annotation forms. lib/i18n/validation.ts gives each message in
// Chinese too.

const body = z
  .string({ error: "body is required" })
  .refine((v) => v.trim() !== "", "body must not be empty")
  .refine((v) => v.length <= MAX_BODY, `body must be at most ${MAX_BODY} characters`)
  .refine((v) => !v.includes("\u0000"), "body must not contain a NUL character");
const tag = z
  .string()
  .trim()
  .min(1, "a tag must not be empty")
  .max(40, "a tag must be at most 40 characters")
  .regex(/^[^\s,<>"'`\u0000]+$/u, "a tag is one word without spaces, commas, quotes or angle brackets");
const tags = z
  .array(tag)
  .max(MAX_TAGS, `at most ${MAX_TAGS} tags`)
  .transform((list) => [...new Set(list)]);

export const visibilitySchema = z.enum(["team", "private"]);
export const statusSchema = z.enum(["open", "resolved"]);

export const newAnnotationSchema = z.strictObject({
  target: targetSchema,
  body,
  tags: tags.default([]),
  visibility: visibilitySchema.default("team"),
  /** A reply names its thread's first annotation. */
  parentId: z.uuid().optional(),
});

/** An edit names the version it was based on; a stale one is refused with 409 and the current text. */
export const annotationPatchSchema = z
  .strictObject({
    baseVersion: z.number({ error: "baseVersion is required" }).int().min(1).max(2_147_483_647),
    body: body.optional(),
    tags: tags.optional(),
    status: statusSchema.optional(),
    visibility: visibilitySchema.optional(),
  })
  .refine((p) => p.body !== undefined || p.tags !== undefined || p.status !== undefined || p.visibility !== undefined, "nothing to change");

export type NewAnnotation = z.infer<typeof newAnnotationSchema>;
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;
