import type { Provider } from "next-auth/providers/index";

/**
 * An OpenID Connect provider, switched on by OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET
 * (and OIDC_NAME for the button). Only people who already have a user here (same email, not
 * disabled) get in; their role is the one stored here.
 */
export function oidcProvider(env: Record<string, string | undefined> = process.env): Provider[] {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId,
      clientSecret,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile(profile: { sub: string; email?: string; name?: string }) {
        return {
          id: profile.sub,
          email: profile.email?.toLowerCase() ?? null,
          name: profile.name ?? profile.email ?? profile.sub,
        };
      },
    },
  ];
}
