import { cache } from "react";
import type { CurrentUser } from "@/lib/permissions";
import { viewScope } from "@/lib/annotations/scope";
import { targetFromKey } from "@/lib/annotations/target-keys";
import { chartCounts, type ChartAnnotations, type TargetCount } from "@/lib/charts/annotations";
import type { ChartTarget } from "@/lib/charts/types";
import { canRestoreAnnotation } from "@/lib/permissions";
import { getDb } from "@/lib/db/client";
import { getSnapshot } from "@/lib/queries/snapshot";
import { countThreads } from "@/lib/queries/annotation-threads";
import { chosenThreads, listAnnotations } from "@/lib/queries/annotation-lists";
import type { AnnotationChoice, ChosenAnnotations } from "@/lib/export/annotation-choice";
import { countByTarget, latestChangeId } from "@/lib/queries/annotations";

/** A view's annotation scope (see viewScope) in the published dataset. */
export async function scopeOf(path: string) {
  return viewScope(path, (await getSnapshot()).data);
}

/** At most this many annotations per view (the newest) for a source's highlighted passages. */
export const VIEW_ANNOTATION_LIMIT = 500;

/**
 * The annotations of a dashboard view that `user` can see, replies included, newest first; for
 * admins the deleted ones too (flagged by `deletedAt`), so they can restore them. Cached per
 * request: the page's markers and badges and the side panel share one query.
 */
export const viewAnnotations = cache(async (user: CurrentUser, path: string) => {
  const { annotations, more } = await listAnnotations(user, {
    scope: await scopeOf(path),
    includeDeleted: canRestoreAnnotation(user),
    limit: VIEW_ANNOTATION_LIMIT,
  });
  return { annotations, more };
});

/** The annotations an exported image or the report draws on a view, chosen in the database. */
export async function chosenAnnotations(
  user: CurrentUser,
  path: string,
  choice: AnnotationChoice,
): Promise<ChosenAnnotations> {
  const { items, total } = await chosenThreads(user, await scopeOf(path), choice);
  return { items, limit: choice.limit, total };
}

/**
 * What a view's live parts start from, read in one snapshot: the badges' counts per target, the
 * panel's totals, and the last change they include (`since`). The page ignores the stream's
 * changes up to `since` and applies the later ones, so no change is counted twice or missed. The
 * snapshot is exact because change ids are taken under a lock held until commit.
 */
export const liveCounts = cache(async (user: CurrentUser, path: string, resolved = false) => {
  const scope = await scopeOf(path);
  const [since, groups, totals] = await getDb().$transaction(
    async (tx) =>
      [
        await latestChangeId(tx),
        await countByTarget(user, scope, tx, resolved),
        await countThreads(user, scope, tx, resolved),
      ] as const,
    { isolationLevel: "RepeatableRead" },
  );
  return { since: String(since), groups, totals };
});

/**
 * The markers of a chart (or the matrix) on its view: every annotation `user` can see (of open
 * threads, unless `resolved`), counted per target in the database, however many there are, and
 * the last change they include.
 */
export async function viewMarkers(
  user: CurrentUser,
  path: string,
  chart: ChartTarget,
  resolved = false,
): Promise<{ markers: ChartAnnotations; since: string }> {
  const { groups, since } = await liveCounts(user, path, resolved);
  const markers = chartCounts(
    groups.flatMap(({ key, count, label }): TargetCount[] => {
      const target = targetFromKey(key);
      return target ? [{ target, count, label }] : [];
    }),
    chart,
  );
  return { markers, since };
}
