import { cache } from "react";
import type { CurrentUser } from "@/lib/permissions";
import { viewScope } from "@/lib/annotations/scope";
import { targetFromKey } from "@/lib/annotations/target-keys";
import { chartCounts, type ChartAnnotations, type TargetCount } from "@/lib/charts/annotations";
import type { ChartTarget } from "@/lib/charts/types";
import { canRestoreAnnotation } from "@/lib/permissions";
import { countByTarget, listAnnotations } from "@/lib/queries/annotations";

/** At most this many annotations per view (the newest); the panel says when there are more. */
export const VIEW_ANNOTATION_LIMIT = 500;

/**
 * The annotations of a dashboard view that `user` can see, replies included, newest first; for
 * admins the deleted ones too (flagged by `deletedAt`), so they can restore them. Cached per
 * request: the page's markers and badges and the side panel share one query.
 */
export const viewAnnotations = cache(async (user: CurrentUser, path: string) => {
  const { annotations, more } = await listAnnotations(user, {
    scope: viewScope(path),
    includeDeleted: canRestoreAnnotation(user),
    limit: VIEW_ANNOTATION_LIMIT,
  });
  return { annotations, more };
});

/**
 * The markers of a chart (or the matrix) on its view: every annotation `user` can see, counted
 * per target in the database, however many there are.
 */
export const viewMarkers = cache(
  async (user: CurrentUser, path: string, chart: ChartTarget): Promise<ChartAnnotations> => {
    const groups = await countByTarget(user, viewScope(path));
    return chartCounts(
      groups.flatMap(({ key, count, label }): TargetCount[] => {
        const target = targetFromKey(key);
        return target ? [{ target, count, label }] : [];
      }),
      chart,
    );
  },
);
