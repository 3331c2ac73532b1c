import { z } from "zod";
import { ENTITIES } from "./facts";

// What a change request holds, as the API takes it (docs/api.md) and the forms send it.

const plain = (max: number) =>
  z
    .string()
    .max(max, { error: "tooLong" })
    .refine((v) => !v.includes("\u0000"), { error: "nul" });

export const changeSchema = z.strictObject({
  op: z.enum(["create", "update", "retire"]),
  entity: z.enum(ENTITIES),
  key: z.record(z.string(), plain(100)),
  /** New values by field name; `null` removes an optional field. Not used by retire. */
  fields: z.record(z.string(), z.unknown()).optional(),
});
export type Change = z.infer<typeof changeSchema>;

export const MAX_CHANGES = 500;

export const changeRequestSchema = z.strictObject({
  title: plain(200).refine((v) => v.trim() !== "", { error: "required" }),
  description: plain(20_000).default(""),
  changes: z.array(changeSchema).min(1).max(MAX_CHANGES),
  /** A draft is seen only by its author until it is opened for review. */
  draft: z.boolean().optional(),
});
export type ChangeRequestInput = z.infer<typeof changeRequestSchema>;

export const changeRequestUpdateSchema = z.strictObject({
  title: changeRequestSchema.shape.title.optional(),
  description: plain(20_000).optional(),
  changes: changeRequestSchema.shape.changes.optional(),
  /** open a draft for review, or take the published value as the new base after a conflict */
  action: z.enum(["open", "withdraw", "rebase"]).optional(),
});

export const DECISIONS = ["approve", "request-changes", "reject"] as const;
export const reviewSchema = z.strictObject({
  decision: z.enum(DECISIONS),
  comment: plain(5000).default(""),
});

export const commentSchema = z.strictObject({
  body: plain(5000).refine((v) => v.trim() !== "", { error: "required" }),
});

export const STATUSES = [
  "draft",
  "open",
  "changes-requested",
  "approved",
  "rejected",
  "withdrawn",
  "published",
] as const;
export type ChangeStatus = (typeof STATUSES)[number];
/** Statuses in which a request still waits for review or publishing. */
export const ACTIVE: readonly ChangeStatus[] = ["open", "changes-requested", "approved"];
