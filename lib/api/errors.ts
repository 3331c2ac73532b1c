import { NextResponse } from "next/server";
import type { Lang } from "@/lib/i18n/lang";

export type ErrorCode = "bad_request" | "unknown_parameter" | "unknown_key" | "not_found" | "unauthorized" | "forbidden" | "conflict" | "internal";

/** An error with a message in both languages; the one place that turns errors into HTTP answers is toResponse. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly messages: { zh: string; en: string },
    /** Extra fields of the error body, e.g. the current version on a 409. */
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
  }
}

export const badRequest = (zh: string, en: string, code: ErrorCode = "bad_request") => new ApiError(400, code, { zh, en });
export const unauthorized = () => new ApiError(401, "unauthorized", { zh: "请先登录。", en: "Sign in first." });
export const forbidden = () => new ApiError(403, "forbidden", { zh: "您的角色无权执行此操作。", en: "Your role does not allow this." });
export const crossSite = () => new ApiError(403, "forbidden", { zh: "跨站请求被拒绝。", en: "Cross-site request refused." });
export const notFound = (zh: string, en: string) => new ApiError(404, "not_found", { zh, en });
export const conflict = (zh: string, en: string, details: Record<string, unknown>) => new ApiError(409, "conflict", { zh, en }, details);

export function toResponse(error: unknown, lang: Lang): NextResponse {
  if (error instanceof ApiError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.messages[lang], ...error.details } },
      { status: error.status, headers: { Vary: "Accept-Language" } },
    );
  }
  console.error(error);
  const message = lang === "zh" ? "服务器内部错误，请稍后再试。" : "Internal server error; please try again later.";
  return NextResponse.json({ error: { code: "internal", message } }, { status: 500 });
}
