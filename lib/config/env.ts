import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ["postgres:", "postgresql:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be a postgresql:// URL, for example postgresql://user:password@localhost:5432/smart_city");

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const httpUrl = (example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be an http(s) URL, for example ${example}`);

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ["smtp:", "smtps:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an smtp:// or smtps:// URL, for example smtp://user:password@mail.example.org:587");

/** Optional e-mail of notifications (lib/notifications/mail.ts); off unless SMTP_URL or SMTP_HOST is set. */
export const mailEnvSchema = z.object({
  SMTP_URL: z.preprocess(emptyToUndefined, smtpUrl.optional()),
  SMTP_HOST: z.preprocess(emptyToUndefined, z.string().trim().optional()),
  SMTP_PORT: z.preprocess(emptyToUndefined, port.optional()),
  SMTP_USER: z.preprocess(emptyToUndefined, z.string().optional()),
  SMTP_PASS: z.preprocess(emptyToUndefined, z.string().optional()),
  SMTP_FROM: z.preprocess(
    emptyToUndefined,
    z.string().trim().default("Smart City Compare <no-reply@smart-city.local>"),
  ),
  APP_URL: z.preprocess(emptyToUndefined, httpUrl("https://compare.example.org").optional()),
});

/** Every environment variable the app reads; README's configuration table mirrors this. */
export const envSchema = z.object({
  DATABASE_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
  TEST_DATABASE_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./.data")),
  PORT: z.preprocess(emptyToUndefined, port.default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default("0.0.0.0")),
  EMBEDDED_DB_PORT: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(0).max(65535).default(0),
  ),
  NEXTAUTH_SECRET: z.string().optional(),
  ADMIN_EMAIL: z.preprocess(
    emptyToUndefined,
    z.email({ error: "must be an email address" }).default("admin@smart-city.local"),
  ),
  DATABASE_POOL_MAX: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(100).optional(),
  ),
  ...mailEnvSchema.shape,
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment; a bad value becomes one readable line naming the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path.join(".");
  throw new EnvError(
    `Invalid environment variable ${name}: ${issue.message} (got ${JSON.stringify(source[name] ?? "")}).`,
  );
}
