import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/queries/audit";
import { revokeSession } from "@/lib/queries/sessions";
import { langOfHeaders } from "@/lib/i18n/lang";
import { findUserByEmail, rememberLanguage } from "@/lib/queries/users";
import { signInWithPassword } from "./credentials";
import { oidcProvider } from "./oidc";

/**
 * The client's IP address for rate limiting and the audit log. The launcher's preload
 * (scripts/launcher/forwarded-for.cjs) appends the socket's address to X-Forwarded-For, and each
 * trusted reverse proxy in front (TRUSTED_PROXIES, default 0) appended the address it saw, so the
 * client is the entry that many places left of the last. Entries further left were written by the
 * client (or untrusted hops) and are ignored.
 */
export function clientIp(
  headers: Record<string, string | string[] | undefined> | Headers | undefined,
  trusted = Number(process.env.TRUSTED_PROXIES) || 0,
): string | null {
  const raw =
    headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const hops = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  return hops[Math.max(0, hops.length - 1 - Math.max(0, trusted))].slice(0, 64);
}

export const SESSION_MAX_AGE = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        let result: Awaited<ReturnType<typeof signInWithPassword>>;
        try {
          result = await signInWithPassword({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIp(req?.headers),
          });
        } catch (error) {
          console.error(error);
          throw new Error("failed"); // never the database's message in a URL
        }
        // The error text is a code; the sign-in page turns it into a message in both languages.
        if (!result.ok)
          throw new Error(
            result.reason === "rate-limited"
              ? `rate-limited:${result.retryAfterSeconds ?? 1}`
              : result.reason,
          );
        // Their e-mails speak the language they sign in with (until they save their settings).
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const lang = langOfHeaders(headers.cookie ?? null, headers["accept-language"] ?? null);
        void rememberLanguage(result.user.id, lang).catch((error: unknown) => console.error(error));
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // Single sign-on lets in only people who have a user here, enabled.
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      // An address the provider has not verified could be anyone's.
      if ((profile as { email_verified?: boolean } | undefined)?.email_verified !== true)
        return "/signin?error=oidc-unknown";
      const found = user.email ? await findUserByEmail(user.email) : null;
      if (!found || found.disabledAt) return "/signin?error=oidc-unknown";
      await recordAudit({
        action: "sign-in",
        actorId: found.id,
        subjectId: found.id,
        email: found.email,
        detail: { provider: "oidc" },
      });
      return true;
    },
    async jwt({ token, user, account }) {
      // Each sign-in is a session with its own id, which signing out revokes on the server.
      if (user) token.sid = randomUUID();
      if (user && account?.provider === "oidc") {
        const found = await findUserByEmail(String(user.email));
        token.uid = found?.id;
        token.sv = found?.sessionVersion;
      } else if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.uid as string,
          sv: token.sv as number,
          sid: token.sid as string | undefined,
        },
      };
    },
  },
  events: {
    // Signing out ends the session here too: a copy of the cookie no longer signs anyone in.
    async signOut({ token }) {
      if (typeof token?.sid !== "string") return;
      const expires = typeof token.exp === "number" ? token.exp * 1000 : Date.now();
      await revokeSession(
        token.sid,
        new Date(Math.max(expires, Date.now() + SESSION_MAX_AGE * 1000)),
      );
    },
  },
};
