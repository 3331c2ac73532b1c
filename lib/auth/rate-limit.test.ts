import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { wipeUsers } from "@/testing/wipe";
import { signInWithPassword } from "./credentials";
import {
  ADDRESS_LIMIT,
  addressKey,
  clearThrottle,
  currentThrottles,
  delayAfter,
  FREE_FAILURES,
  MAX_DELAY_S,
  pairKey,
  parseKey,
  secondsUntilAllowed,
} from "./rate-limit";
import { createUser } from "./users";

const db = () => getDb();
const password = "correct horse battery";
const A = "ana@example.com";
const B = "ben@example.com";
const office = "203.0.113.10";
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

beforeEach(async () => {
  await db().signInAttempt.deleteMany();
  await wipeUsers(db());
  await createUser({ email: A, name: "Ana", role: "analyst", password });
  await createUser({ email: B, name: "Ben", role: "analyst", password });
});

describe("the delay per account and address", () => {
  it("is free for a few failures, then doubles up to a cap", () => {
    expect([0, 4, 5, 6, 7, 12].map(delayAfter)).toEqual([0, 0, 1, 2, 4, 128]);
    expect(delayAfter(40)).toBe(MAX_DELAY_S);
  });

  it("delays an account after 12 wrong passwords from one address, without blocking another account there, and without a 15-minute lock", async () => {
    const start = new Date();
    let now = start;
    // 12 failures, each after the previous one's delay, so all 12 count.
    for (let i = 1; i <= 12; i++) {
      expect(await signInWithPassword({ email: A, password: "nope", ip: office }, now)).toEqual({
        ok: false,
        reason: "invalid",
      });
      if (i < 12) now = at(now, delayAfter(i) + 0.001);
    }
    expect(
      await db().signInAttempt.count({ where: { key: pairKey({ email: A, ip: office }) } }),
    ).toBe(12);

    // Another account at the same address signs in at once.
    expect(
      await signInWithPassword({ email: B, password, ip: office }, at(now, 0.01)),
    ).toMatchObject({ ok: true });
    // The same account from another address too.
    expect(
      await signInWithPassword({ email: A, password, ip: "198.51.100.7" }, at(now, 0.02)),
    ).toMatchObject({ ok: true });

    // A itself waits delayAfter(12) = 128 s, not 15 minutes, even with the right password.
    const refused = await signInWithPassword({ email: A, password, ip: office }, at(now, 0.03));
    expect(refused).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 128 });
    // Retrying while delayed is not a failure and does not extend the delay.
    for (const s of [10, 60, 120]) {
      const again = await signInWithPassword(
        { email: A, password: "nope", ip: office },
        at(now, s),
      );
      expect(again).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 128 - s });
    }
    expect(
      await db().signInAttempt.count({ where: { key: pairKey({ email: A, ip: office }) } }),
    ).toBe(12);
    expect(
      await signInWithPassword({ email: A, password, ip: office }, at(now, 128.01)),
    ).toMatchObject({
      ok: true,
    });
    // Signing in cleared that pair's failures.
    expect(
      await db().signInAttempt.count({ where: { key: pairKey({ email: A, ip: office }) } }),
    ).toBe(0);
  });

  it("counts a burst of parallel wrong guesses: only the free ones reach the password check", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        signInWithPassword({ email: A, password: "guess", ip: office }),
      ),
    );
    const invalid = results.filter((r) => !r.ok && r.reason === "invalid").length;
    const limited = results.filter((r) => !r.ok && r.reason === "rate-limited").length;
    expect(invalid).toBe(FREE_FAILURES);
    expect(limited).toBe(20 - FREE_FAILURES);
    // Every guess that was checked is a counted failure; the refused ones are not counted.
    expect(
      await db().signInAttempt.count({ where: { key: pairKey({ email: A, ip: office }) } }),
    ).toBe(FREE_FAILURES);
    // The next attempt waits delayAfter(FREE_FAILURES) from the last counted guess.
    const last = await db().signInAttempt.findFirst({ orderBy: { at: "desc" } });
    expect(await secondsUntilAllowed({ email: A, ip: office }, last!.at)).toBe(
      delayAfter(FREE_FAILURES),
    );
  });

  it("forgets a pair's failures after a day", async () => {
    const start = new Date();
    for (let i = 0; i < FREE_FAILURES + 3; i++)
      await db().signInAttempt.create({
        data: { key: pairKey({ email: A, ip: office }), at: at(start, i) },
      });
    expect(await secondsUntilAllowed({ email: A, ip: office }, at(start, 10))).toBeGreaterThan(0);
    expect(await secondsUntilAllowed({ email: A, ip: office }, at(start, 25 * 3600))).toBe(0);
  });
});

describe("the limit per address", () => {
  const spray = async (ip: string, start: Date) =>
    db().signInAttempt.createMany({
      data: Array.from({ length: ADDRESS_LIMIT }, (_, i) => ({
        key: addressKey(ip),
        at: at(start, i),
      })),
    });

  it("slows spraying over many accounts from one address only, and a refused attempt does not extend it", async () => {
    const start = new Date(Date.now() - 200_000);
    await spray(office, start);
    const now = new Date();
    const refused = await signInWithPassword({ email: B, password, ip: office }, now);
    expect(refused).toMatchObject({ ok: false, reason: "rate-limited" });
    const wait = refused.ok ? 0 : refused.retryAfterSeconds!;
    // The oldest of the 100 leaves the 15-minute window first.
    expect(wait).toBe(Math.ceil((start.getTime() + 15 * 60_000 - now.getTime()) / 1000));
    expect(await db().signInAttempt.count({ where: { key: addressKey(office) } })).toBe(
      ADDRESS_LIMIT,
    );
    expect(await signInWithPassword({ email: B, password, ip: "198.51.100.8" }, now)).toMatchObject(
      {
        ok: true,
      },
    );
  });
});

describe("throttles an admin can see and clear", () => {
  it("lists the pairs past the free failures and the addresses at their limit, and clears one", async () => {
    const now = new Date();
    // FREE_FAILURES + 4 failures, the last 2 s ago: a delay of 16 s, 13 s of it left in 1 s.
    for (let i = 0; i < FREE_FAILURES + 4; i++)
      await db().signInAttempt.create({
        data: { key: pairKey({ email: A, ip: office }), at: at(now, -10 + i) },
      });
    for (let i = 0; i < 3; i++)
      await db().signInAttempt.create({ data: { key: pairKey({ email: B, ip: null }), at: now } });
    await db().signInAttempt.createMany({
      data: Array.from({ length: ADDRESS_LIMIT }, () => ({
        key: addressKey("192.0.2.1"),
        at: now,
      })),
    });
    const throttles = await currentThrottles(at(now, 1));
    expect(throttles.map((t) => [t.kind, t.email, t.ip, t.failures])).toEqual([
      ["address", null, "192.0.2.1", ADDRESS_LIMIT],
      ["pair", A, office, FREE_FAILURES + 4],
    ]);
    expect(throttles[1].waitSeconds).toBe(delayAfter(FREE_FAILURES + 4) - 3);
    const admin = await db().user.findUniqueOrThrow({ where: { email: B } });
    await clearThrottle(throttles[1].key, admin.id);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "throttle-cleared" },
        orderBy: { id: "desc" },
      }),
    ).toMatchObject({ actorId: admin.id, email: A, ip: office });
    expect(await secondsUntilAllowed({ email: A, ip: office }, at(now, 1))).toBe(0);
    expect((await currentThrottles(at(now, 1))).map((t) => t.kind)).toEqual(["address"]);
  });

  it("reads the account and address back from a key", () => {
    expect(parseKey(pairKey({ email: " Ana@Example.com", ip: "::1" }))).toEqual({
      kind: "pair",
      ip: "::1",
      email: "ana@example.com",
    });
    expect(parseKey(pairKey({ email: "a b@x", ip: null }))).toEqual({
      kind: "pair",
      ip: null,
      email: "a b@x",
    });
    expect(parseKey(addressKey("10.0.0.1"))).toEqual({
      kind: "address",
      ip: "10.0.0.1",
      email: null,
    });
    expect(parseKey("email:old@example.com")).toBeNull();
  });
});
