import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  newNonce,
  securityHeaders,
  strictTransportSecurity,
} from "./security-headers";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("the Content Security Policy", () => {
  it("runs only scripts with this response's nonce: no 'unsafe-inline' for scripts", () => {
    const nonce = newNonce();
    const scripts = directive(contentSecurityPolicy(nonce, false), "script-src")!;
    expect(scripts).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(scripts).not.toContain("unsafe");
    expect(directive(contentSecurityPolicy(nonce, true), "script-src")).toContain("'unsafe-eval'");
  });

  it("makes a new, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
  });

  it("leaves the policy to the proxy: one policy per response, with its nonce", () => {
    const keys = securityHeaders().map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining(["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"]),
    );
    expect(keys).not.toContain("Content-Security-Policy");
  });
});

describe("HSTS", () => {
  it("is sent only when the public address is https", () => {
    expect(strictTransportSecurity("https://compare.example.org")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
