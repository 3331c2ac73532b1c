import { getServerSession } from "next-auth";
import type { CurrentUser, Role } from "@/lib/permissions/roles";
import { findUserById } from "@/lib/queries/users";
import { authOptions } from "./options";
import { userForToken } from "./tokens";

export type { CurrentUser } from "@/lib/permissions/roles";

const toCurrent = (user: {
  id: string;
  email: string;
  name: string;
  role: string;
  disabledAt: Date | null;
}): CurrentUser | null =>
  user.disabledAt
    ? null
    : { id: user.id, email: user.email, name: user.name, role: user.role as Role };

/**
 * Who is asking: a bearer token (`Authorization: Bearer scc_…`) or the session cookie. The user is
 * read from the database on every request, so a disabled user or a new role takes effect at once.
 */
export async function getCurrentUser(request?: Request): Promise<CurrentUser | null> {
  const auth = request?.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) {
    const user = await userForToken(auth.slice(7).trim());
    return user ? toCurrent(user) : null;
  }
  let claims: { id?: string; sv?: number } | undefined;
  try {
    claims = (await getServerSession(authOptions))?.user as typeof claims;
  } catch {
    return null; // outside a request (scripts, tests): nobody is signed in
  }
  if (!claims?.id) return null;
  const user = await findUserById(claims.id);
  // A session from before a password reset is over.
  if (!user || (claims.sv ?? 0) !== user.sessionVersion) return null;
  return toCurrent(user);
}
