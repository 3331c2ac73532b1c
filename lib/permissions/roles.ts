import { z } from "zod";

/** Roles in increasing order of rights; each role can do everything the ones before it can. */
export const ROLES = ["viewer", "analyst", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export interface Principal {
  id: string;
  role: Role;
  disabled?: boolean;
}

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  viewer: { zh: "查看者", en: "Viewer" },
  analyst: { zh: "分析师", en: "Analyst" },
  editor: { zh: "编辑", en: "Editor" },
  admin: { zh: "管理员", en: "Administrator" },
};

export function hasRole(user: Principal | null | undefined, minimum: Role): boolean {
  if (!user || user.disabled) return false;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(minimum);
}
