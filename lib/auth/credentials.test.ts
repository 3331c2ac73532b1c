import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { signInWithPassword } from "./credentials";
import { MAX_FAILURES, secondsUntilAllowed } from "./rate-limit";
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

  it("rate-limits an account after repeated failures, even with the right password then", async () => {
    for (let i = 0; i < MAX_FAILURES; i++)
      await signInWithPassword({ email: "ana@example.com", password: "nope", ip: `10.0.0.${i}` });
    const blocked = await signInWithPassword({
      email: "ana@example.com",
      password,
      ip: "10.9.9.9",
    });
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(blocked.ok === false && blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("rate-limits an IP address that tries many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES; i++)
      await signInWithPassword({
        email: `guess${i}@example.com`,
        password: "nope",
        ip: "10.6.6.6",
      });
    expect(await secondsUntilAllowed({ email: "ana@example.com", ip: "10.6.6.6" })).toBeGreaterThan(
      0,
    );
    expect(await secondsUntilAllowed({ email: "ana@example.com", ip: "10.7.7.7" })).toBe(0);
  });

  it("forgets failures after the window", async () => {
    for (let i = 0; i < MAX_FAILURES; i++)
      await signInWithPassword({ email: "ana@example.com", password: "nope", ip: null });
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await secondsUntilAllowed({ email: "ana@example.com", ip: null }, later)).toBe(0);
  });
});

describe("rate limiting under parallel guesses", () => {
  it("counts attempts before checking the password, so a burst cannot get past the limit", async () => {
    await db().signInAttempt.deleteMany();
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES + 5 }, () =>
        signInWithPassword({ email: "burst@example.com", password: "guess", ip: null }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(
      MAX_FAILURES,
    );
    expect(
      results.filter((r) => !r.ok && r.reason === "rate-limited").length,
    ).toBeGreaterThanOrEqual(5);
  });
});
