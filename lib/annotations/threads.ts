import type { TargetKind } from "./targets";

/** The panel's filters; empty strings mean "any". */
export interface ThreadFilters {
  author: string;
  tag: string;
  status: "" | "open" | "resolved";
  kind: "" | TargetKind;
  q: string;
}
export const NO_FILTERS: ThreadFilters = { author: "", tag: "", status: "", kind: "", q: "" };

interface Threadable {
  id: string;
  parentId: string | null;
  body: string;
  tags: string[];
  status: string;
  author: { id: string; name: string };
  targets: { kind: string }[];
  updatedAt: string;
}

export interface Thread<T> {
  root: T;
  replies: T[];
}

/**
 * Annotations as threads (a first annotation and its replies, oldest reply first), newest activity
 * first, keeping the threads that match: status and kind are the thread's; author, tag and text
 * match when any annotation of the thread matches. Replies whose first annotation is not here
 * (e.g. deleted) stand as their own thread.
 */
export function toThreads<T extends Threadable>(items: T[], f: ThreadFilters): Thread<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const replies = new Map<string, T[]>();
  for (const item of items) {
    if (item.parentId && ids.has(item.parentId))
      replies.set(item.parentId, [...(replies.get(item.parentId) ?? []), item]);
  }
  const q = f.q.trim().toLocaleLowerCase();
  const matches = (i: T) =>
    (!f.author || i.author.id === f.author) &&
    (!f.tag || i.tags.includes(f.tag)) &&
    (!q ||
      i.body.toLocaleLowerCase().includes(q) ||
      i.tags.some((t) => t.toLocaleLowerCase().includes(q)));
  return items
    .filter((i) => !i.parentId || !ids.has(i.parentId))
    .map((root) => {
      const thread = (replies.get(root.id) ?? []).sort((a, b) =>
        a.updatedAt.localeCompare(b.updatedAt),
      );
      return {
        root,
        replies: thread,
        last: [root, ...thread].reduce(
          (m, i) => (i.updatedAt > m ? i.updatedAt : m),
          root.updatedAt,
        ),
      };
    })
    .filter(
      ({ root, replies: thread }) =>
        (!f.status || root.status === f.status) &&
        (!f.kind || root.targets.some((t) => t.kind === f.kind)) &&
        [root, ...thread].some(matches),
    )
    .sort((a, b) => b.last.localeCompare(a.last))
    .map(({ root, replies: thread }) => ({ root, replies: thread }));
}

/** The authors and tags present, for the filter menus: sorted, each once. */
export function facets(items: Threadable[]) {
  const authors = new Map(items.map((i) => [i.author.id, i.author.name]));
  return {
    authors: [...authors]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    tags: [...new Set(items.flatMap((i) => i.tags))].sort(),
  };
}

/**
 * Annotations as threads in the order given (first notes as the server paged them, newest first),
 * each with its replies, oldest first; a reply whose first note is not here stands alone.
 */
export function groupThreads<T extends Threadable>(items: T[]): Thread<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const replies = new Map<string, T[]>();
  for (const item of items)
    if (item.parentId && ids.has(item.parentId))
      replies.set(item.parentId, [...(replies.get(item.parentId) ?? []), item]);
  return items
    .filter((i) => !i.parentId || !ids.has(i.parentId))
    .map((root) => ({
      root,
      replies: (replies.get(root.id) ?? []).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
    }));
}
