import type { z } from "zod";
import { AppError, badRequest } from "@/lib/errors/app-error";

const MAX_BYTES = 64 * 1024;
/** Change requests carry whole facts with their quotes: more room than other bodies. */
export const CHANGE_BODY_BYTES = 2 * 1024 * 1024;

/** A JSON request body checked by a schema; a zod problem becomes a 400 naming it (lib/errors/handle.ts). */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  { maxBytes = MAX_BYTES }: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const tooLarge = () => new AppError("too_large", "bodyTooLarge");
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxBytes) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest("bodyNotJson");
  }
  return schema.parse(json);
}
