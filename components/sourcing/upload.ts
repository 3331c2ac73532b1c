import type { ApiResult } from "@/lib/api/client";

/**
 * Sends a source (a multipart upload or pasted text as JSON) to the API and answers like
 * `callApi`: the data, or the API's message in the reader's language.
 */
export async function sendSource<T>(
  path: string,
  lang: string,
  body: FormData | Record<string, string>,
  fallbacks: { network: string; unexpected: (status: number) => string },
): Promise<ApiResult<T>> {
  try {
    const json = !(body instanceof FormData);
    const response = await fetch(`${path}?lang=${lang}`, {
      method: "POST",
      headers: json ? { "Content-Type": "application/json" } : undefined,
      body: json ? JSON.stringify(body) : body,
    });
    const answer = (await response.json().catch(() => null)) as
      (T & { error?: { message?: string } & Record<string, unknown> }) | null;
    if (response.ok && answer) return { ok: true, data: answer };
    return {
      ok: false,
      status: response.status,
      message: answer?.error?.message ?? fallbacks.unexpected(response.status),
      details: answer?.error,
    };
  } catch {
    return { ok: false, status: 0, message: fallbacks.network };
  }
}
