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

  it("sends the static policy with the other headers until the nonce policy works", () => {
    const keys = securityHeaders(false).map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
      ]),
    );
    expect(securityHeaders(false)[0].value).toContain("frame-ancestors 'none'");
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
