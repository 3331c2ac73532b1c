import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { acquireHeavy, HEAVY_LIMITS } from "@/lib/limits/heavy";
import { signInWithPassword } from "./credentials";
import { createUser, disableUser } from "./users";
import { wipeUsers } from "@/testing/wipe";

const db = () => getDb();
const password = "correct horse battery";

describe("signing in with a password", () => {
  beforeEach(async () => {
    await db().signInAttempt.deleteMany();
    await db().auditEvent.deleteMany();
    await wipeUsers(db());
    await createUser({ email: "ana@example.com", name: "Ana", role: "analyst", password });
  });

  it("accepts the right password and audits the sign-in", async () => {
    const result = await signInWithPassword({
      email: "ANA@example.com ",
      password,
      ip: "10.0.0.1",
    });
    expect(result).toMatchObject({ ok: true, user: { email: "ana@example.com", role: "analyst" } });
    expect((await db().auditEvent.findFirst({ where: { action: "sign-in" } }))?.ip).toBe(
      "10.0.0.1",
    );
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const wrong = await signInWithPassword({
      email: "ana@example.com",
      password: "nope",
      ip: null,
    });
    const unknown = await signInWithPassword({
      email: "who@example.com",
      password: "nope",
      ip: null,
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(await db().auditEvent.count({ where: { action: "sign-in-failed" } })).toBe(2);
  });

  it("refuses a disabled user", async () => {
    await disableUser("ana@example.com");
    expect(await signInWithPassword({ email: "ana@example.com", password, ip: null })).toEqual({
      ok: false,
      reason: "disabled",
    });
  });

  it("bounds password hashing per instance: past it (after a short wait) an attempt is refused and is not a failure", async () => {
    const held = Array.from({ length: HEAVY_LIMITS.hash.perInstance }, () =>
      acquireHeavy("hash", null),
    );
    const busy = await signInWithPassword({
      email: "who-else@example.com",
      password: "spray",
      ip: "10.9.9.9",
    });
    expect(busy).toEqual({
      ok: false,
      reason: "rate-limited",
      retryAfterSeconds: HEAVY_LIMITS.hash.retryAfter,
    });
    expect(await db().signInAttempt.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "sign-in-failed" } })).toBe(0);
    held.forEach((release) => release());
    expect(
      await signInWithPassword({ email: "ana@example.com", password, ip: "10.9.9.9" }),
    ).toMatchObject({ ok: true });
  });
});
