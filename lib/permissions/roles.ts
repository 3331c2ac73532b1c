import { z } from "zod";

/** Roles in increasing order of rights; each role can do everything the ones before it can. */
export const ROLES = ["viewer", "analyst", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: "role" });

export interface Principal {
  id: string;
  role: Role;
  disabled?: boolean;
}

/** Who is asking, as the pages, routes and queries know them (lib/auth/current-user.ts finds them). */
export interface CurrentUser extends Principal {
  email: string;
  name: string;
}

export function hasRole(user: Principal | null | undefined, minimum: Role): boolean {
  if (!user || user.disabled) return false;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(minimum);
}
