import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * Only same-site paths. Parsed as a browser would (which drops tabs and newlines, so
 * "/\t/evil.example" is "//evil.example"), and kept only if it stays on this origin.
 */
export function safeCallback(path: unknown): string {
  if (typeof path !== "string" || !path.startsWith("/")) return "/";
  try {
    const base = "http://same.origin";
    const url = new URL(path, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : "/";
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
