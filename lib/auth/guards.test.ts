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
    [["/a", "/b"], "/"],
    [undefined, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallback(input)).toBe(expected);
  });
});

describe("clientIp", () => {
  it("takes the address the nearest trusted hop saw, ignoring what the client wrote further left", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(clientIp(headers, 0)).toBe("203.0.113.7");
    expect(clientIp(headers, 1)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }), 2)).toBe(
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
