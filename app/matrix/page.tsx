import { LiveMarkers } from "@/components/annotations/live-markers";
import { MATRIX_ENTRY } from "@/components/charts/entries/matrix";
import { ExportMenu } from "@/components/export/export-menu";
import { CellPanel } from "@/components/matrix/cell-panel";
import { PublishedMatrix } from "@/components/charts/published-matrix";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import type { MatrixData } from "@/lib/charts/matrix/model";
import type { ChartModel } from "@/lib/charts/types";
import { exportSearch } from "@/lib/export/href";
import { canExport } from "@/lib/permissions";
import { viewHref, withFocusMissing, type SearchParams } from "@/lib/view-state/state";
import { viewMarkers } from "@/lib/views/annotations";
import { publishedViewKey } from "@/lib/views/cache-key";
import { loadView } from "@/lib/views/context";

export const dynamic = "force-dynamic";

export default async function MatrixPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const context = await loadView("/matrix", searchParams);
  const entry = MATRIX_ENTRY;
  const model = entry.build(context.data, context.state, {
    reviewed: context.reviewed,
  }) as ChartModel<MatrixData>;
  const { detail, focusMissing } = model.data;
  const { markers, since } = await viewMarkers(
    context.user,
    context.path,
    "matrix",
    context.state.resolved,
  );
  const tools = (
    <ExportMenu
      chart="matrix"
      search={canExport(context.user) ? exportSearch(context.state) : null}
      reportHref={viewHref("/report", context.state, { focus: null })}
    />
  );
  // The published matrix is served from a cache per version and view; a pinned version or a preview is drawn here.
  const cacheKey = publishedViewKey(context);
  return (
    <DashboardFrame
      context={{ ...context, problems: withFocusMissing(context.problems, focusMissing) }}
      active="matrix"
    >
      <div className={detail ? "with-panel" : undefined}>
        <LiveMarkers
          initial={markers}
          since={since}
          chart="matrix"
          resolved={context.state.resolved}
        >
          {cacheKey ? (
            <PublishedMatrix view={cacheKey} tools={tools} />
          ) : (
            entry.screen(model, context.state, context.path, markers, tools)
          )}
        </LiveMarkers>
        {detail && <CellPanel detail={detail} />}
      </div>
    </DashboardFrame>
  );
}
