import { hasRole, type Principal } from "./roles";

// Curation (docs/curation.md): viewers read what is published; analysts propose; editors
// propose, review, publish and manage sources; admins do everything.

export const canProposeChanges = (user: Principal | null) => hasRole(user, "analyst");
export const canSeeChangeRequests = (user: Principal | null) => hasRole(user, "analyst");
export const canReviewChanges = (user: Principal | null) => hasRole(user, "editor");
export const canPublishChanges = (user: Principal | null) => hasRole(user, "editor");
export const canManageSources = (user: Principal | null) => hasRole(user, "editor");
export const canMarkReviewed = (user: Principal | null) => hasRole(user, "editor");

interface RequestLike {
  authorId: string;
  status: string;
}

/** A draft is its author's alone; an opened request is the team's. */
export const canSeeChangeRequest = (user: Principal | null, cr: RequestLike) =>
  canSeeChangeRequests(user) && (cr.status !== "draft" || cr.authorId === user!.id);

/** Its author changes a request until it is published or closed; an admin may too. */
export const canEditChangeRequest = (user: Principal | null, cr: RequestLike) =>
  canProposeChanges(user) &&
  (cr.authorId === user!.id || hasRole(user, "admin")) &&
  ["draft", "open", "changes-requested", "approved"].includes(cr.status);

/** Nobody approves their own request; they may still comment. */
export const canApproveChangeRequest = (user: Principal | null, cr: RequestLike) =>
  canReviewChanges(user) && cr.authorId !== user!.id;
