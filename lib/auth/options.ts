import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "./audit";
import { signInWithPassword } from "./credentials";
import { oidcProvider } from "./oidc";

/** The client's IP address as the proxy in front reports it (first hop), else unknown. */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string | null {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers?.[name] as string | undefined)) ?? null;
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || null;
}

export const SESSION_MAX_AGE = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await signInWithPassword(getDb(), {
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientIp(req?.headers),
        });
        // The error text is a code; the sign-in page turns it into a message in both languages.
        if (!result.ok) throw new Error(result.reason === "rate-limited" ? `rate-limited:${Math.ceil((result.retryAfterSeconds ?? 60) / 60)}` : result.reason);
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // Single sign-on lets in only people who have a user here, enabled.
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const db = getDb();
      const found = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      if (!found || found.disabledAt) return "/signin?error=oidc-unknown";
      await recordAudit(db, { action: "sign-in", actorId: found.id, subjectId: found.id, email: found.email, detail: { provider: "oidc" } });
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "oidc") {
        token.uid = (await getDb().user.findUnique({ where: { email: String(user.email).toLowerCase() } }))?.id;
      } else if (user) {
        token.uid = user.id;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid as string } };
    },
  },
};
