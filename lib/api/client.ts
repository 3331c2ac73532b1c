import type { Lang } from "@/lib/i18n/lang";

/** What an /api/v1 call answered: the data, or the error message in the reader's language. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      message: string;
      /** The error object, e.g. `current` on a 409. */ details?: Record<string, unknown>;
    };

/** For the rare answers that carry no message of the API's own: no network, or a proxy's error page. */
export interface ApiFallbacks {
  network: string;
  unexpected: (status: number) => string;
}

/**
 * Calls the API from the browser, asking for messages in `lang`. Errors come back as the API's
 * message, or a fallback, never thrown: forms show them next to the control.
 */
export async function callApi<T>(
  path: string,
  lang: Lang,
  fallbacks: ApiFallbacks,
  init: { method: string; body?: unknown } = { method: "GET" },
): Promise<ApiResult<T>> {
  try {
    const response = await fetch(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`, {
      method: init.method,
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const json = (await response.json().catch(() => null)) as
      (T & { error?: { message?: string } & Record<string, unknown> }) | null;
    if (response.ok && json) return { ok: true, data: json };
    return {
      ok: false,
      status: response.status,
      message: json?.error?.message ?? fallbacks.unexpected(response.status),
      details: json?.error,
    };
  } catch {
    return { ok: false, status: 0, message: fallbacks.network };
  }
}
