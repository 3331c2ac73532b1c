import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

const bound = (headers: Record<string, string> = {}) =>
  new Request("http://0.0.0.0:3999/api/v1/annotations", { headers });

describe("publicOrigin", () => {
  it("is NEXTAUTH_URL's origin when it is set", () => {
    const env = { NEXTAUTH_URL: "https://compare.example.org/", TRUSTED_PROXIES: "1" };
    expect(publicOrigin(bound({ host: "evil.example" }), env)).toBe("https://compare.example.org");
  });

  it("is the Host header, not the address the server binds", () => {
    expect(publicOrigin(bound({ host: "Compare.Example.org:8080" }), {})).toBe(
      "http://compare.example.org:8080",
    );
    expect(publicOrigin(bound(), {})).toBe("http://0.0.0.0:3999");
  });

  it("believes X-Forwarded-Host and -Proto only behind a trusted proxy", () => {
    const headers = {
      host: "app.internal:3000",
      "x-forwarded-host": "forged.example, compare.example.org",
      "x-forwarded-proto": "https",
    };
    expect(publicOrigin(bound(headers), {})).toBe("http://app.internal:3000");
    expect(publicOrigin(bound(headers), { TRUSTED_PROXIES: "1" })).toBe(
      "https://compare.example.org",
    );
    expect(publicOrigin(bound(headers), { TRUSTED_PROXIES: "2" })).toBe("https://forged.example");
  });

  it("refuses a host that is not a host name", () => {
    for (const host of ["evil.example/path", "user@evil.example", "a b", "evil.example:99999x"])
      expect(publicOrigin(bound({ host }), {}), host).toBe("http://0.0.0.0:3999");
  });
});
