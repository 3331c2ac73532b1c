import type { AnnotationTarget } from "./targets";

/** An annotation as the API and the pages show it. */
export interface AnnotationView {
  id: string;
  parentId: string | null;
  /** What it is attached to, in the order posted: a fact, a range, a passage or a view; several for a note comparing facts or citing the passage behind one. */
  targets: AnnotationTarget[];
  /** The targets as keys (see targetKey), in the same order. */
  targetKeys: string[];
  body: string;
  tags: string[];
  visibility: "team" | "private";
  status: "open" | "resolved";
  /** Who resolved the thread and when; null while open (and for threads resolved before this was kept). */
  resolvedBy: { id: string; name: string } | null;
  resolvedAt: string | null;
  version: number;
  author: { id: string; name: string };
  /** The teammates it mentions (@name), as references to users. */
  mentions: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

/** What a change did; `drafted` is a new private draft, `shared` a draft made visible to the team. */
export type ChangeKind =
  "created" | "drafted" | "shared" | "updated" | "resolved" | "reopened" | "deleted" | "restored";

/** The filters of a list of annotations (GET /api/v1/annotations, the panel, the badges). */
export interface AnnotationFilter {
  targetKey?: string;
  targetKind?: string;
  /** Target-key prefixes of a view (see viewScope); `view:` entries match exactly. */
  scope?: string[] | null;
  authorId?: string;
  tag?: string;
  status?: "open" | "resolved";
  updatedSince?: Date;
  q?: string;
  includeDeleted?: boolean;
  limit: number;
  /** Paging: the id of the last annotation of the previous page (order: updatedAt desc, id desc). */
  after?: { updatedAt: Date; id: string };
  /** Paging without a cursor: how many to skip (a JSON-LD page named by its number). */
  offset?: number;
}

/** Which thread starts an exported image or the report draws (lib/export/choice-search.ts). */
export interface AnnotationChoice {
  tag: string | null;
  status: "open" | "resolved" | null;
  /** A user id. */
  authorId: string | null;
  /** Annotations picked one by one in the panel (thread starts); null for no such filter. */
  ids: string[] | null;
  /** How many are numbered at most. */
  limit: number;
}

/** Why a mentioned teammate was not notified: no such user, the author, disabled, a draft not yet shared, or cannot see it. */
export type MissReason = "unknown" | "self" | "disabled" | "draft" | "cannotSee";
export interface MissedMention {
  email: string;
  reason: MissReason;
}

/** What a write's mentions did: the e-mails of those notified now, and those who were not. */
export interface MentionOutcome {
  notified: string[];
  notNotified: MissedMention[];
}
