import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";
import { AppError } from "./app-error";
import { firstLine, isDatabaseUnavailable } from "./database";
import { zodIssueMessage } from "./zod";

// The one place that maps errors to answers (dub's handleApiError): an HTTP response, a server
// action's result, a command-line exit. Anything that is not an AppError is mapped here first.

/** A validation problem found by a zod schema: the first issue is what the user is told. */
export class ValidationError extends AppError {
  constructor(readonly issue: ZodError["issues"][number]) {
    super("bad_request", "validation");
  }
}

const isPrismaError = (error: unknown): error is { code: string } =>
  typeof error === "object" &&
  error !== null &&
  (error as { name?: string }).name === "PrismaClientKnownRequestError" &&
  /^P\d{4}$/.test(String((error as { code?: unknown }).code));

/** Seconds a client is told to wait while the database cannot be reached. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * Anything thrown, as an AppError: zod issues → 400, Prisma's P2002 (unique) → 409, P2025
 * (missing) → 404, an unreachable database → 503, the rest → 500.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError("unavailable", "unavailable");
  if (error instanceof ZodError) return new ValidationError(error.issues[0]);
  if (isPrismaError(error) && error.code === "P2002") return new AppError("conflict", "duplicate");
  if (isPrismaError(error) && error.code === "P2025") return new AppError("not_found", "missing");
  return new AppError("internal", "internal");
}

/** The error's message in `lang`. */
export function errorMessage(error: AppError, lang: Lang): string {
  if (error instanceof ValidationError) return zodIssueMessage(error.issue, lang);
  return translateKey(lang, `errors.${error.key}`, error.params);
}

/**
 * Logs what the user cannot be told. An unexpected error is a bug: once, with its stack. An
 * unreachable database: one line. A refused request (4xx) is the client's mistake: nothing.
 */
function report(original: unknown, mapped: AppError) {
  if (mapped.code === "internal") console.error(original);
  else if (mapped.code === "unavailable" && !(original instanceof AppError))
    console.error(`Database unavailable (answered 503): ${firstLine(original)}`);
}

/** `{ error: { code, message, ...details } }` with the error's status. */
export function toHttpResponse(error: unknown, lang: Lang): NextResponse {
  const mapped = toAppError(error);
  report(error, mapped);
  return NextResponse.json(
    { error: { code: mapped.code, message: errorMessage(mapped, lang), ...mapped.details } },
    {
      status: mapped.status,
      headers: {
        Vary: "Accept-Language",
        ...(mapped.code === "unavailable"
          ? { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) }
          : {}),
        ...(typeof mapped.details?.retryAfter === "number"
          ? { "Retry-After": String(mapped.details.retryAfter) }
          : {}),
      },
    },
  );
}

/** What a server action answers when it fails. */
export type ActionFailure = { ok: false; message: string };

export function toActionResult(error: unknown, lang: Lang): ActionFailure {
  const mapped = toAppError(error);
  report(error, mapped);
  return {
    ok: false,
    message: errorMessage(
      mapped.code === "internal" ? new AppError("internal", "actionFailed") : mapped,
      lang,
    ),
  };
}

/**
 * For command-line tools: a refused request as its English message and exit code 1; null for an
 * unexpected error, which the tool reports as such.
 */
export function toCliExit(error: unknown): { code: 1; message: string } | null {
  const mapped = toAppError(error);
  return mapped.code === "internal" ? null : { code: 1, message: errorMessage(mapped, "en") };
}
