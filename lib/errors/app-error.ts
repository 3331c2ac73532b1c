import type { MessageParams } from "@/lib/i18n/translator";

// One error type for the whole app, not tied to HTTP (documenso's AppError): a code, a message key
// in messages/{zh,en}/errors.json with its parameters, and optional details for the caller.
// lib/errors/handle.ts turns it into an HTTP answer, a server-action result or a CLI exit.

export const ERROR_STATUS = {
  bad_request: 400,
  unknown_parameter: 400,
  unknown_key: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  length_required: 411,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A key of messages/{zh,en}/errors.json. */
    readonly key: string,
    readonly params: MessageParams = {},
    /** Extra fields of the error body, e.g. the current version on a 409. */
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${key}`);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const badRequest = (key: string, params?: MessageParams, code: ErrorCode = "bad_request") =>
  new AppError(code, key, params);
export const unknownParameter = (name: string, allowed: readonly string[]) =>
  new AppError("unknown_parameter", "unknownParameter", { name, allowed });
export const unauthorized = () => new AppError("unauthorized", "unauthorized");
export const forbidden = (key = "forbidden") => new AppError("forbidden", key);
export const crossSite = () => new AppError("forbidden", "crossSite");
export const lengthRequired = () => new AppError("length_required", "lengthRequired");
export const notFound = (key: string, params?: MessageParams) =>
  new AppError("not_found", key, params);
export const conflict = (key: string, params?: MessageParams, details?: Record<string, unknown>) =>
  new AppError("conflict", key, params, details);
