import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * Only same-site paths. Parsed as a browser would (which drops tabs and newlines, so
 * "/\t/evil.example" is "//evil.example"), and kept only if it stays on this origin. The path is
 * normalised first, so dot segments cannot turn it into "//evil.example" afterwards, and a result
 * that starts with two slashes (a browser reads that as another host) is refused.
 */
export function safeCallback(path: unknown): string {
  if (typeof path !== "string" || !path.startsWith("/")) return "/";
  try {
    const base = "http://same.origin";
    const url = new URL(path, base);
    if (url.origin !== base) return "/";
    const normal = `${url.pathname}${url.search}${url.hash}`;
    if (/^\/[/\\]/.test(normal)) return "/";
    return new URL(normal, base).origin === base ? normal : "/";
  } catch {
    return "/";
  }
}

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallback(returnTo))}`);
  return user;
}
