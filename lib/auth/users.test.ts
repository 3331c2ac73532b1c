import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ensureFirstUser } from "./first-user";
import { verifyPassword } from "./passwords";
import { createToken, revokeToken, userForToken } from "./tokens";
import { createUser, disableUser, resetPassword, setRole } from "./users";
import { wipeUsers } from "@/testing/wipe";

const db = () => getDb();

describe("users and tokens", () => {
  beforeEach(async () => {
    await wipeUsers(db());
    await db().auditEvent.deleteMany();
  });

  it("creates the first administrator once, with a random password", async () => {
    const first = await ensureFirstUser(db());
    expect(first?.email).toBe("admin@smart-city.local");
    expect(first?.password).toMatch(/^[\w-]{20}$/);
    const stored = await db().user.findUniqueOrThrow({ where: { email: first!.email } });
    expect(stored.role).toBe("admin");
    expect(stored.passwordHash).not.toContain(first!.password);
    expect(await verifyPassword(first!.password, stored.passwordHash!)).toBe(true);
    expect(await ensureFirstUser(db())).toBeNull();
    const other = await ensureFirstUser(db(), "second@example.com");
    expect(other).toBeNull();
  });

  it("creates, promotes, resets and disables a user, auditing each step", async () => {
    const { user, generated } = await createUser(db(), { email: " Ana@Example.COM ", name: "Ana", role: "viewer" });
    expect(user.email).toBe("ana@example.com");
    expect(generated).toBe(true);
    await expect(createUser(db(), { email: "ana@example.com", name: "Again", role: "viewer" })).rejects.toMatchObject({ status: 409 });
    expect((await setRole(db(), "ana@example.com", "editor")).role).toBe("editor");
    const { password } = await resetPassword(db(), "ana@example.com");
    expect(await verifyPassword(password, (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!)).toBe(true);
    expect((await disableUser(db(), "ana@example.com")).disabledAt).toBeInstanceOf(Date);
    const actions = (await db().auditEvent.findMany({ where: { subjectId: user.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user-created", "role-changed", "password-reset", "user-disabled"]);
    await expect(setRole(db(), "nobody@example.com", "admin")).rejects.toMatchObject({ status: 404 });
  });

  it("accepts a token until it is revoked or its user is disabled, storing only its hash", async () => {
    const { user } = await createUser(db(), { email: "tok@example.com", name: "Tok", role: "analyst" });
    const { token, record } = await createToken(db(), user.id, "laptop");
    expect(token).toMatch(/^scc_[\w-]{43}$/);
    expect(JSON.stringify(await db().apiToken.findMany())).not.toContain(token);
    expect((await userForToken(db(), token))?.id).toBe(user.id);
    expect(await userForToken(db(), `${token}x`)).toBeNull();
    expect(await userForToken(db(), "not-a-token")).toBeNull();

    await revokeToken(db(), record.id, user.id);
    expect(await userForToken(db(), token)).toBeNull();

    const second = await createToken(db(), user.id, "server");
    await disableUser(db(), "tok@example.com");
    expect(await userForToken(db(), second.token)).toBeNull();
    const actions = (await db().auditEvent.findMany({ where: { subjectId: user.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["token-created", "token-revoked", "user-disabled"]));
  });
});
