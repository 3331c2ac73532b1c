import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/permissions";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import type { Lang } from "@/lib/i18n/lang";
import { ROLES, type Role } from "@/lib/permissions";

// Who is signed in and the reader's language are decided per test; revalidation needs Next's
// request store, which tests lack.
let current: CurrentUser | null = null;
let lang: Lang = "en";
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
vi.mock("@/lib/i18n/request", () => ({ requestLang: async () => lang }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createUserAction } = await import("./users/create-user");
const { changeRoleAction } = await import("./users/change-role");
const { disableUserAction } = await import("./users/disable-user");
const { resetPasswordAction } = await import("./users/reset-password");
const { createTokenAction } = await import("./tokens/create-token");
const { revokeTokenAction } = await import("./tokens/revoke-token");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const stamp = Date.now();
const people = {} as Record<Role, CurrentUser>;
let target = "";
let tokenId = "";

describe("server actions × roles", () => {
  beforeAll(async () => {
    for (const role of ROLES) {
      const { user } = await createUser({
        email: `actions-${role}-${stamp}@example.com`,
        name: role,
        role,
      });
      people[role] = { id: user.id, email: user.email, name: user.name, role };
    }
  });
  beforeEach(async () => {
    lang = "en";
    target = `actions-target-${Math.random().toString(36).slice(2)}@example.com`;
    const { user } = await createUser({ email: target, name: "Target", role: "viewer" });
    tokenId = (await createToken(user.id, "target's")).record.id;
  });

  const adminOnly = [
    [
      "createUserAction",
      () =>
        createUserAction(
          null,
          form({
            email: `new-${Math.random().toString(36).slice(2)}@example.com`,
            name: "New",
            role: "analyst",
          }),
        ),
    ],
    ["changeRoleAction", () => changeRoleAction(null, form({ email: target, role: "editor" }))],
    ["disableUserAction", () => disableUserAction(null, form({ email: target }))],
    ["resetPasswordAction", () => resetPasswordAction(null, form({ email: target }))],
  ] as const;

  it.each(adminOnly)(
    "%s: anonymous 401, viewer/analyst/editor 403, admin allowed",
    async (_name, run) => {
      current = null;
      expect((await run()).message).toBe("Sign in first.");
      for (const role of ["viewer", "analyst", "editor"] as const) {
        current = people[role];
        expect(await run(), role).toEqual({ ok: false, message: "Your role does not allow this." });
      }
      current = people.admin;
      expect((await run()).ok).toBe(true);
    },
  );

  it("createTokenAction: anyone signed in, shown once; revokeTokenAction: the owner or an admin", async () => {
    current = null;
    expect((await createTokenAction(null, form({ name: "x" }))).ok).toBe(false);
    for (const role of ROLES) {
      current = people[role];
      const made = await createTokenAction(null, form({ name: `${role} laptop` }));
      expect(made.ok, role).toBe(true);
      expect(made.secret).toMatch(/^scc_/);
    }
    current = people.editor;
    expect((await revokeTokenAction(null, form({ id: tokenId }))).message).toBe(
      "Your role does not allow this.",
    );
    current = people.admin;
    expect((await revokeTokenAction(null, form({ id: tokenId }))).ok).toBe(true);
  });

  it("answers bad input with a message in the reader's language, never a throw", async () => {
    current = people.admin;
    const bad = () =>
      createUserAction(null, form({ email: "not-an-email", name: "X", role: "viewer" }));
    expect((await bad()).message).toBe("email: must be an email address");
    expect((await changeRoleAction(null, form({ email: target, role: "boss" }))).message).toBe(
      "role: must be one of viewer, analyst, editor, admin",
    );
    expect((await disableUserAction(null, form({ email: people.admin.email }))).message).toBe(
      "You cannot disable your own account.",
    );
    lang = "zh";
    expect(await bad()).toEqual({ ok: false, message: "邮箱：必须是邮箱地址" });
    expect((await changeRoleAction(null, form({ email: target, role: "boss" }))).message).toBe(
      "角色：必须是以下之一：viewer、analyst、editor、admin",
    );
    expect((await createTokenAction(null, form({ name: "ok" }))).message).toBe(
      "已创建令牌“ok”，只显示这一次：",
    );
  });
});
