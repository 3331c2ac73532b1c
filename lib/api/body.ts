import type { z } from "zod";
import { validationMessage } from "@/lib/i18n/validation";
import { badRequest } from "./errors";

const MAX_BYTES = 64 * 1024;

/** A JSON request body checked by a schema: a 400 that names the first problem, in both languages, otherwise. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) throw badRequest("请求体过大。", "The request body is too large.");
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BYTES) throw badRequest("请求体过大。", "The request body is too large.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest("请求体不是有效的 JSON。", "The request body is not valid JSON.");
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const message = validationMessage(issue.path.join(".") || "body", issue.message);
  throw badRequest(message.zh, message.en);
}
