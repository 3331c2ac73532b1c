import { describe, expect, it } from "vitest";
import { actionBodyProblem, sameOrigin, wellFormedAddress } from "./requests";

const ok = (path: string) => wellFormedAddress(new URL(path, "http://localhost"));

describe("wellFormedAddress", () => {
  it.each([
    ["/api/v1/annotations/%FF%FE", false],
    ["/api/v1/sources/%FF", false],
    ["/api/v1/sources/%E4%B8", false],
    ["/api/v1/sources/a%00b", false],
    ["/api/v1/annotations?q=%00", false],
    ["/api/v1/annotations?%00=1", false],
    ["/api/v1/sources/%E4%B8%AD", true],
    ["/matrix?countries=CN,JP&q=100%25", true],
    ["/", true],
  ])("%s → %s", (path, expected) => {
    expect(ok(path)).toBe(expected);
  });
});

describe("sameOrigin", () => {
  const url = new URL("http://localhost:3000/api/v1/annotations");
  const check = (headers: Record<string, string>, publicUrl?: string) =>
    sameOrigin(new Headers(headers), url, publicUrl);

  it("accepts the scheme and host the browser used", () => {
    expect(check({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(true);
    expect(
      check({
        origin: "https://compare.example.org",
        host: "10.0.0.5:3000",
        "x-forwarded-host": "compare.example.org",
        "x-forwarded-proto": "https",
      }),
    ).toBe(true);
    expect(
      check(
        { origin: "https://compare.example.org", host: "10.0.0.5:3000" },
        "https://compare.example.org",
      ),
    ).toBe(true);
  });

  it("refuses another scheme, host or port, and a missing or opaque Origin", () => {
    expect(check({ origin: "https://localhost:3000", host: "localhost:3000" })).toBe(false);
    expect(
      check({
        origin: "http://compare.example.org",
        host: "compare.example.org",
        "x-forwarded-proto": "https",
      }),
    ).toBe(false);
    expect(check({ origin: "http://localhost:3001", host: "localhost:3000" })).toBe(false);
    expect(check({ origin: "https://evil.example", host: "localhost:3000" })).toBe(false);
    expect(check({ origin: "null", host: "localhost:3000" })).toBe(false);
    expect(check({ host: "localhost:3000" })).toBe(false);
  });
});

describe("actionBodyProblem", () => {
  const action = (headers: Record<string, string>, method = "POST") =>
    actionBodyProblem(method, new Headers({ "next-action": "abc123", ...headers }));

  it("refuses a server action's body over 1 MB with a 413, and one without a length with a 411", () => {
    expect(action({ "content-length": String(10 * 1024 * 1024) })).toMatchObject({
      status: 413,
      key: "bodyTooLarge",
    });
    expect(action({})).toMatchObject({ status: 411 });
    expect(action({ "content-length": "-1" })).toMatchObject({ status: 411 });
  });

  it("lets through a small action, and what is not an action", () => {
    expect(action({ "content-length": "2048" })).toBeNull();
    expect(action({ "content-length": String(1024 * 1024) })).toBeNull();
    expect(actionBodyProblem("POST", new Headers({ "content-length": "99999999" }))).toBeNull();
    expect(action({}, "GET")).toBeNull();
  });
});
