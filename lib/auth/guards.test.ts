import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clientIp } from "./options";
import { safeCallback } from "./require-user";
import { createUser, disableUser, setRole } from "./users";
import { wipeUsers } from "@/testing/wipe";

describe("safeCallback", () => {
  it.each([
    ["/", "/"],
    ["/admin/users?x=1#top", "/admin/users?x=1#top"],
    ["//evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    // Dot segments and backslashes that would normalise to "//evil.example".
    ["/..//evil.example", "/"],
    ["/.//evil.example", "/"],
    ["/a/../..//evil.example", "/"],
    ["/../\\evil.example", "/"],
    ["/./\\evil.example", "/"],
    ["/%2e%2e//evil.example", "/"],
    ["/.%2e//evil.example", "/"],
    ["/\\\\evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n//evil.example", "/"],
    // Encoded slashes and an @ stay paths on this site.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5c%5cevil.example", "/%5c%5cevil.example"],
    ["/..%2f%2fevil.example", "/..%2f%2fevil.example"],
    ["/@evil.example", "/@evil.example"],
    ["/x@evil.example/", "/x@evil.example/"],
    // Schemes.
    ["http://evil.example", "/"],
    ["//evil.example/%2F..", "/"],
    ["data:text/html,x", "/"],
    ["/matrix?next=//evil.example", "/matrix?next=//evil.example"],
    [["/a", "/b"], "/"],
    [undefined, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallback(input)).toBe(expected);
  });
});

describe("clientIp", () => {
  it("takes the entry the nearest trusted hop wrote; the server's own entry (the socket) is last", () => {
    // No proxy: the last entry is the socket's address; what the client wrote before it is ignored.
    const forged = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(clientIp(forged, 0)).toBe("203.0.113.7");
    // One proxy: it appended the client's address, and the socket is the proxy.
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }), 1)).toBe(
      "203.0.113.7",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.3" }), 2)).toBe(
      "203.0.113.7",
    );
    expect(clientIp(new Headers(), 0)).toBeNull();
    expect(clientIp({ "x-forwarded-for": "198.51.100.1" }, 0)).toBe("198.51.100.1");
  });
});

describe("the last administrator", () => {
  it("cannot be demoted or disabled", async () => {
    const db = getDb();
    await wipeUsers(db);
    const { user } = await createUser({
      email: "only-admin@example.com",
      name: "Only",
      role: "admin",
    });
    await expect(setRole(user.email, "viewer")).rejects.toMatchObject({ status: 409 });
    await expect(disableUser(user.email)).rejects.toMatchObject({ status: 409 });
    await createUser({ email: "second-admin@example.com", name: "Second", role: "admin" });
    expect((await setRole(user.email, "viewer")).role).toBe("viewer");
  });
});
