import { z } from "zod";
import { badRequest } from "@/lib/errors/app-error";

// zod pieces for query strings. A problem names a whole sentence of errors.json, so a script is
// told exactly which parameter is wrong and what it should be.

const fail = (ctx: z.RefinementCtx, message: string, params: Record<string, unknown>) => {
  ctx.addIssue({ code: "custom", message, params });
  return z.NEVER;
};

/** `CN,JP` → ["CN", "JP"] (each once); an empty list is refused. */
export const listParam = (name: string) =>
  z.string().transform((raw, ctx) => {
    const keys = [
      ...new Set(
        raw
          .split(",")
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ];
    return keys.length ? keys : fail(ctx, "errors.emptyParameter", { name });
  });

/** A four-digit year. */
export const yearParam = (name: string) =>
  z
    .string()
    .transform((raw, ctx) =>
      /^\d{4}$/.test(raw.trim()) ? Number(raw) : fail(ctx, "errors.badYear", { name, value: raw }),
    );

/** One of some literal values, with a sentence of its own (which may quote the value, cut short) when it is not. */
export const choiceParam = <const T extends readonly [string, ...string[]]>(
  values: T,
  message: string,
) =>
  z
    .string()
    .transform((v, ctx) =>
      (values as readonly string[]).includes(v)
        ? (v as T[number])
        : fail(ctx, message, { value: v.slice(0, 20) }),
    );

/** Text without NUL and at most `max` characters. */
export const textParam = (name: string, max = 500) =>
  z.string().refine((v) => !v.includes("\u0000") && v.length <= max, {
    message: "errors.badParameterValue",
    params: { name },
  });

/** Refuses the first key the dataset does not know, naming the ones it does. */
export function assertKnownKeys(
  keys: readonly string[] | undefined,
  known: readonly string[],
  message: "unknownCountry" | "unknownDimension",
) {
  const unknown = keys?.find((key) => !known.includes(key));
  if (unknown !== undefined) throw badRequest(message, { key: unknown, known }, "unknown_key");
}
