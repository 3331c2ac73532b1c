import { hasRole, type Principal } from "./roles";

// Every access question is answered here; routes, actions and pages ask, never decide.

export const canRead = (user: Principal | null) => hasRole(user, "viewer");
export const canAnnotate = (user: Principal | null) => hasRole(user, "analyst");
export const canExport = (user: Principal | null) => hasRole(user, "analyst");

/** Who writes notes may find teammates to mention: their names and e-mails, not roles or state. */
export const canListTeammates = (user: Principal | null) => hasRole(user, "analyst");

export const canManageUsers = (user: Principal | null) => hasRole(user, "admin");
export const canViewAuditLog = (user: Principal | null) => hasRole(user, "admin");

/** Anyone signed in manages their own tokens; an admin may revoke anyone's. */
export const canManageToken = (user: Principal | null, token: { userId: string }) =>
  hasRole(user, "viewer") && (token.userId === user!.id || hasRole(user, "admin"));

export {
  annotationVisibility,
  canChangeAnnotation,
  canResolveAnnotation,
  canRestoreAnnotation,
  canSeeAnnotation,
  type AnnotationVisibility,
} from "./annotations";
export { hasRole, ROLES, roleSchema, type CurrentUser, type Principal, type Role } from "./roles";
export {
  canApproveChangeRequest,
  canEditChangeRequest,
  canManageSources,
  canMarkReviewed,
  canProposeChanges,
  canPublishChanges,
  canReviewChanges,
  canSeeChangeRequest,
  canSeeChangeRequests,
} from "./curation";
