import { cacheLife } from "next/cache";
import type { ReactNode } from "react";
import { MATRIX_ENTRY } from "@/components/charts/entries/matrix";
import { NO_ANNOTATIONS } from "@/lib/charts/annotations";
import type { MatrixData } from "@/lib/charts/matrix/model";
import type { ChartModel } from "@/lib/charts/types";
import { getSnapshot } from "@/lib/queries/snapshot";
import type { PublishedViewKey } from "@/lib/views/cache-key";

/**
 * The matrix of the published dataset, rendered once per key (version, language, view state,
 * reviewed marks) and then served from the cache. It holds nothing of the reader: the annotation
 * badges come from the page's LiveMarkers, and `tools` (the export menu, which depends on the
 * reader's role) passes through the cache without being part of it.
 */
export async function PublishedMatrix({
  view,
  tools,
}: {
  view: PublishedViewKey;
  tools: ReactNode;
}) {
  "use cache";
  const snapshot = await getSnapshot();
  // A version published between the page's read and this one: drawn, but kept only briefly.
  if (snapshot.version !== view.version) cacheLife("seconds");
  const model = MATRIX_ENTRY.build(snapshot.data, view.state, {
    reviewed: view.reviewed,
  }) as ChartModel<MatrixData>;
  return MATRIX_ENTRY.screen(model, view.state, view.path, NO_ANNOTATIONS, tools);
}
