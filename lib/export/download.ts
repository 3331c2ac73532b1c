/** The file name a response suggests (Content-Disposition), or `fallback`. */
export function suggestedName(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

/**
 * Fetches an export and hands it to the browser as a download. A failure comes back as the API's
 * message (in the reader's language) or `offline`, never as a downloaded error page.
 */
export async function downloadExport(
  href: string,
  fallbackName: string,
  offline: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(href);
  } catch {
    return { ok: false, message: offline };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;
    return { ok: false, message: body?.error?.message ?? `HTTP ${response.status}` };
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = suggestedName(response.headers.get("content-disposition"), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
