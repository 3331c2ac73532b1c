import { describe, expect, it } from "vitest";
import {
  canAnnotate,
  canManageSources,
  canProposeChanges,
  canReviewChanges,
  canExport,
  canManageToken,
  canManageUsers,
  canRead,
  canViewAuditLog,
  ROLES,
  type Principal,
} from ".";

const user = (role: Principal["role"], extra: Partial<Principal> = {}): Principal => ({
  id: `u-${role}`,
  role,
  ...extra,
});

describe("permissions", () => {
  it.each([
    ["canRead", canRead, ["viewer", "analyst", "editor", "admin"]],
    ["canAnnotate", canAnnotate, ["analyst", "editor", "admin"]],
    ["canExport", canExport, ["analyst", "editor", "admin"]],
    ["canManageSources", canManageSources, ["editor", "admin"]],
    ["canReviewChanges", canReviewChanges, ["editor", "admin"]],
    ["canProposeChanges", canProposeChanges, ["analyst", "editor", "admin"]],
    ["canManageUsers", canManageUsers, ["admin"]],
    ["canViewAuditLog", canViewAuditLog, ["admin"]],
  ] as const)("%s allows exactly %j", (_name, can, allowed) => {
    expect(ROLES.filter((role) => can(user(role)))).toEqual(allowed);
    expect(can(null)).toBe(false);
  });

  it("refuses a disabled user everything", () => {
    expect(canRead(user("admin", { disabled: true }))).toBe(false);
  });

  it("lets users manage their own tokens, and admins anyone's", () => {
    expect(canManageToken(user("viewer"), { userId: "u-viewer" })).toBe(true);
    expect(canManageToken(user("editor"), { userId: "someone" })).toBe(false);
    expect(canManageToken(user("admin"), { userId: "someone" })).toBe(true);
    expect(canManageToken(null, { userId: "someone" })).toBe(false);
  });
});
