import { hasRole, type Principal } from "./roles";

// Who may do what with an annotation. The queries translate the visibility rule into a filter;
// the routes, pages and the live stream ask the same functions.

/** The author edits and deletes their annotation; an admin moderates any. Viewers never write. */
export const canChangeAnnotation = (user: Principal | null, annotation: { authorId: string }) =>
  hasRole(user, "analyst") && (annotation.authorId === user!.id || hasRole(user, "admin"));

/**
 * Resolving or reopening a thread is the team's housekeeping, not an edit: any analyst may do it
 * on a shared thread (its first note); who did is recorded. Text, tags and deletion stay the author's.
 */
export const canResolveAnnotation = (
  user: Principal | null,
  annotation: { parentId: string | null; visibility: string },
) => hasRole(user, "analyst") && annotation.parentId === null && annotation.visibility === "team";

export const canRestoreAnnotation = (user: Principal | null) => hasRole(user, "admin");

/** What a user may see: the team's annotations and their own private drafts; deleted ones only for an admin who asks. */
export interface AnnotationVisibility {
  ownerId: string;
  withDeleted: boolean;
}

export const annotationVisibility = (
  user: Principal,
  askDeleted = false,
): AnnotationVisibility => ({
  ownerId: user.id,
  withDeleted: askDeleted && canRestoreAnnotation(user),
});

/**
 * One annotation, by the same rule: a private draft is its author's alone (anyone else is told it
 * does not exist), and a deleted one is seen only by an admin who asks for deleted ones.
 */
export const canSeeAnnotation = (
  user: Principal | null,
  annotation: { authorId: string; visibility: string; deletedAt?: Date | string | null },
  askDeleted = false,
) =>
  hasRole(user, "viewer") &&
  (annotation.visibility === "team" || annotation.authorId === user!.id) &&
  (!annotation.deletedAt || annotationVisibility(user!, askDeleted).withDeleted);
