import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

/** Only same-site paths: "/x" but not "//evil.example" or "https://…". */
export function safeCallback(path: string | undefined | null): string {
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallback(returnTo))}`);
  return user;
}
