import { hasRole, type Principal } from "./roles";

// Every access question is answered here; routes, actions and pages ask, never decide.

export const canRead = (user: Principal | null) => hasRole(user, "viewer");
export const canAnnotate = (user: Principal | null) => hasRole(user, "analyst");
export const canExport = (user: Principal | null) => hasRole(user, "analyst");
export const canCurateDataset = (user: Principal | null) => hasRole(user, "editor");
export const canManageUsers = (user: Principal | null) => hasRole(user, "admin");
export const canViewAuditLog = (user: Principal | null) => hasRole(user, "admin");

/** Anyone signed in manages their own tokens; an admin may revoke anyone's. */
export const canManageToken = (user: Principal | null, token: { userId: string }) =>
  hasRole(user, "viewer") && (token.userId === user!.id || hasRole(user, "admin"));

/** The author edits and deletes their annotation; an admin moderates any. Viewers never write. */
export const canChangeAnnotation = (user: Principal | null, annotation: { authorId: string }) =>
  hasRole(user, "analyst") && (annotation.authorId === user!.id || hasRole(user, "admin"));
export const canRestoreAnnotation = (user: Principal | null) => hasRole(user, "admin");
/** A private draft is its author's alone; the API answers 404 to anyone else, so it does not reveal it exists. */
export const canSeeAnnotation = (user: Principal | null, annotation: { authorId: string; visibility: string }) =>
  hasRole(user, "viewer") && (annotation.visibility === "team" || annotation.authorId === user!.id);

export { hasRole, ROLES, roleSchema, type Principal, type Role } from "./roles";
