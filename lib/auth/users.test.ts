import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ensureFirstUser } from "./first-user";
import { verifyPassword } from "./passwords";
import { createToken, hashToken, revokeToken, userForToken } from "./tokens";
import { createUser, disableUser, resetPassword, setRole } from "./users";
import { LAST_USED_PRECISION_MS, userForTokenHash } from "@/lib/queries/tokens";
import { findUserForSignIn } from "@/lib/queries/users";
import { wipeUsers } from "@/testing/wipe";

const db = () => getDb();

describe("users and tokens", () => {
  beforeEach(async () => {
    await wipeUsers(db());
    await db().auditEvent.deleteMany();
  });

  it("creates the first administrator once, with a random password", async () => {
    const first = await ensureFirstUser();
    expect(first?.email).toBe("admin@smart-city.local");
    expect(first?.password).toMatch(/^[\w-]{20}$/);
    const stored = (await findUserForSignIn(first!.email))!;
    expect(stored.role).toBe("admin");
    expect(stored.passwordHash).not.toContain(first!.password);
    expect(await verifyPassword(first!.password, stored.passwordHash!)).toBe(true);
    // Read any other way, the hash is left out.
    expect(
      await db().user.findUniqueOrThrow({ where: { email: first!.email } }),
    ).not.toHaveProperty("passwordHash");
    expect(await ensureFirstUser()).toBeNull();
    const other = await ensureFirstUser("second@example.com");
    expect(other).toBeNull();
  });

  it("creates, promotes, resets and disables a user, auditing each step", async () => {
    const { user, generated } = await createUser({
      email: " Ana@Example.COM ",
      name: "Ana",
      role: "viewer",
    });
    expect(user.email).toBe("ana@example.com");
    expect(generated).toBe(true);
    await expect(
      createUser({ email: "ana@example.com", name: "Again", role: "viewer" }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await setRole("ana@example.com", "editor")).role).toBe("editor");
    const { password } = await resetPassword("ana@example.com");
    expect(
      await verifyPassword(password, (await findUserForSignIn(user.email))!.passwordHash!),
    ).toBe(true);
    expect((await disableUser("ana@example.com")).disabledAt).toBeInstanceOf(Date);
    const actions = (
      await db().auditEvent.findMany({ where: { subjectId: user.id }, orderBy: { id: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["user-created", "role-changed", "password-reset", "user-disabled"]);
    await expect(setRole("nobody@example.com", "admin")).rejects.toMatchObject({ status: 404 });
  });

  it("accepts a token until it is revoked or its user is disabled, storing only its hash", async () => {
    const { user } = await createUser({ email: "tok@example.com", name: "Tok", role: "analyst" });
    const { token, record } = await createToken(user.id, "laptop");
    expect(token).toMatch(/^scc_[\w-]{43}$/);
    expect(
      JSON.stringify(await db().apiToken.findMany({ omit: { tokenHash: false } })),
    ).not.toContain(token);
    expect((await db().apiToken.findMany())[0]).not.toHaveProperty("tokenHash");
    expect((await userForToken(token))?.id).toBe(user.id);
    expect(await userForToken(`${token}x`)).toBeNull();
    expect(await userForToken("not-a-token")).toBeNull();

    await revokeToken(record.id, user.id);
    expect(await userForToken(token)).toBeNull();

    const second = await createToken(user.id, "server");
    await disableUser("tok@example.com");
    expect(await userForToken(second.token)).toBeNull();
    const actions = (await db().auditEvent.findMany({ where: { subjectId: user.id } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(["token-created", "token-revoked", "user-disabled"]),
    );
  });

  it("revokes the user's tokens with a password reset by default, and keeps them when asked", async () => {
    const { user } = await createUser({ email: "reset@example.com", name: "Re", role: "analyst" });
    const kept = await createToken(user.id, "kept script");
    await resetPassword("reset@example.com", null, { revokeTokens: false });
    expect((await userForToken(kept.token))?.id).toBe(user.id);
    await resetPassword("reset@example.com");
    expect(await userForToken(kept.token)).toBeNull();
    const resets = await db().auditEvent.findMany({
      where: { subjectId: user.id, action: "password-reset" },
      orderBy: { id: "asc" },
    });
    expect(resets.map((e) => e.detail)).toEqual([{ tokensRevoked: 0 }, { tokensRevoked: 1 }]);
  });

  it("marks a token used at most once a minute, so reads do not write", async () => {
    const { user } = await createUser({
      email: "reads@example.com",
      name: "Reads",
      role: "viewer",
    });
    const { token, record } = await createToken(user.id, "script");
    const lastUsed = async () =>
      (await db().apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt;
    const hash = hashToken(token);
    const t0 = new Date("2026-12-04T10:00:00Z");
    await userForTokenHash(hash, t0);
    expect(await lastUsed()).toEqual(t0);
    await userForTokenHash(hash, new Date(t0.getTime() + 59_000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_PRECISION_MS);
    await userForTokenHash(hash, later);
    expect(await lastUsed()).toEqual(later);
  });
});
