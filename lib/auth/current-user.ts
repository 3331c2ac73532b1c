import { getServerSession } from "next-auth";
import type { CurrentUser, Role } from "@/lib/permissions/roles";
import { isSessionRevoked } from "@/lib/queries/sessions";
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

/** How a request signed in: a bearer token, or a session cookie's claims. */
type Credential =
  { kind: "token"; token: string } | { kind: "session"; id: string; sv: number; sid: string };

async function credentialOf(request?: Request): Promise<Credential | null> {
  const auth = request?.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer "))
    return { kind: "token", token: auth.slice(7).trim() };
  let claims: { id?: string; sv?: number; sid?: string } | undefined;
  try {
    claims = (await getServerSession(authOptions))?.user as typeof claims;
  } catch {
    return null; // outside a request (scripts, tests): nobody is signed in
  }
  // A session without an id is from before sessions could be revoked: it cannot be ended, so it ends now.
  if (!claims?.id || !claims.sid) return null;
  return { kind: "session", id: claims.id, sv: claims.sv ?? 0, sid: claims.sid };
}

/** The user a credential still signs in: none once disabled, signed out or reset, or the token revoked. */
async function userFor(credential: Credential): Promise<CurrentUser | null> {
  if (credential.kind === "token") {
    const user = await userForToken(credential.token);
    return user ? toCurrent(user) : null;
  }
  const [user, revoked] = await Promise.all([
    findUserById(credential.id),
    isSessionRevoked(credential.sid),
  ]);
  if (revoked) return null; // signed out
  // A session from before a password reset is over.
  if (!user || credential.sv !== user.sessionVersion) return null;
  return toCurrent(user);
}

/**
 * Who is asking: a bearer token (`Authorization: Bearer scc_…`) or the session cookie. The user is
 * read from the database on every request, so a disabled user or a new role takes effect at once.
 */
export async function getCurrentUser(request?: Request): Promise<CurrentUser | null> {
  const credential = await credentialOf(request);
  return credential ? userFor(credential) : null;
}

/**
 * For a long-lived answer (the event stream): a check that the same credential still signs the same
 * user in, to run again later, outside the request. False once the user is disabled, signs out,
 * has the password reset, or the token is revoked.
 */
export async function credentialCheck(request: Request): Promise<() => Promise<boolean>> {
  const credential = await credentialOf(request);
  const first = credential ? await userFor(credential) : null;
  return async () => {
    if (!credential || !first) return false;
    return (await userFor(credential))?.id === first.id;
  };
}
