import { describe, expect, it } from "vitest";
import { oidcProvider } from "./oidc";

describe("oidcProvider", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcProvider({})).toEqual([]);
    expect(oidcProvider({ OIDC_ISSUER: "https://id.example.org", OIDC_CLIENT_ID: "scc" })).toEqual(
      [],
    );
  });

  it("is an OpenID Connect provider from the issuer's discovery document when configured", () => {
    const [provider] = oidcProvider({
      OIDC_ISSUER: "https://id.example.org/",
      OIDC_CLIENT_ID: "scc",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Ministry SSO",
    });
    expect(provider).toMatchObject({
      id: "oidc",
      name: "Ministry SSO",
      type: "oauth",
      clientId: "scc",
      clientSecret: "s3cret",
      idToken: true,
      wellKnown: "https://id.example.org/.well-known/openid-configuration",
    });
  });
});
