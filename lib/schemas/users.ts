import { z } from "zod";
import { roleSchema } from "@/lib/permissions/roles";

export const MIN_PASSWORD_LENGTH = 12;

/** PostgreSQL refuses NUL in text (error 22021): refused here, with a message, instead. */
const noNul = (value: string) => !value.includes("\u0000");

// Shared by the admin forms, their server actions and the command-line tools. Problems are named
// by keys of messages/{zh,en}/validation.json.

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email" }));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "empty").max(200).refine(noNul, "nul"),
  role: roleSchema,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, "passwordLength")
    .max(200)
    .refine(noNul, "nul")
    .optional(),
});

export const tokenNameSchema = z.string().trim().min(1, "empty").max(100).refine(noNul, "nul");
