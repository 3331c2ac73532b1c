import { z } from "zod";
import { roleSchema } from "@/lib/permissions/roles";
export const MIN_PASSWORD_LENGTH = 12;

/** Shared by the admin form, its server action and the command-line tools. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "must not be empty").max(200),
  role: roleSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200).optional(),
});

export const tokenNameSchema = z.string().trim().min(1, "must not be empty").max(100);
