/**
 * Which dataset a view shows: the published one (live), a pinned published version (a citable
 * state that stays as it was), or a change request's preview (never published data).
 */
export type DatasetMode =
  | { kind: "published"; version: number }
  | { kind: "pinned"; version: number; latest: number; publishedAt: Date | null }
  | { kind: "preview"; id: string; title: string; latest: number };
