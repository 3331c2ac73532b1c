import type { AnnotationView } from "@/lib/queries/annotations";

/** What the annotations API answered: the data, or the error message in the reader's language. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; /** The error object, e.g. `current` on a 409. */
  details?: Record<string, unknown> };

const apiLang = (lang: string) => (lang === "en" ? "en" : "zh");
// For the rare answers that carry no message of the API's own (a proxy's error page, no network).
const FALLBACK = {
  zh: { network: "无法连接服务器，请检查网络后重试。", odd: (status: number) => `服务器返回了意外的回应（HTTP ${status}），请重试。` },
  en: { network: "Could not reach the server. Check the connection and try again.", odd: (status: number) => `The server gave an unexpected answer (HTTP ${status}). Try again.` },
};

/**
 * Calls the annotations API from the browser. Errors come back as the API's message (already in
 * `lang`), or the network failure's, never thrown: forms show them next to the control.
 */
export async function callAnnotations<T = { annotation: AnnotationView }>(path: string, lang: string, init: { method: string; body?: unknown } = { method: "GET" }): Promise<ApiResult<T>> {
  try {
    const url = `/api/v1/annotations${path}${path.includes("?") ? "&" : "?"}lang=${apiLang(lang)}`;
    const response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const json = (await response.json().catch(() => null)) as (T & { error?: { message?: string } & Record<string, unknown> }) | null;
    if (response.ok && json) return { ok: true, data: json };
    return { ok: false, status: response.status, message: json?.error?.message ?? FALLBACK[apiLang(lang)].odd(response.status), details: json?.error };
  } catch {
    return { ok: false, status: 0, message: FALLBACK[apiLang(lang)].network };
  }
}

/** Tags as typed in a form: words separated by spaces or commas, "#" optional. */
export const parseTags = (text: string) => text.split(/[\s,，]+/).map((t) => t.replace(/^#/, "")).filter(Boolean);
