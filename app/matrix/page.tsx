import { CellPanel } from "@/components/matrix/cell-panel";
import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { viewHref, withFocusMissing, type SearchParams } from "@/lib/view-state/state";
import { loadView } from "@/lib/views/context";
import { canAnnotate, canExport } from "@/lib/permissions";
import { ExportMenu } from "@/components/export/export-menu";
import { exportSearch } from "@/lib/export/href";
import { countByTarget, listAnnotations } from "@/lib/queries/annotations";
import { buildMatrix } from "@/lib/views/matrix";

export const dynamic = "force-dynamic";

export default async function MatrixPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const context = await loadView("/matrix", searchParams);
  const matrix = buildMatrix(context.data, context.state);
  const problems = withFocusMissing(context.problems, matrix.focusMissing);
  const detail = matrix.detail;
  const [counts, annotations] = await Promise.all([
    countByTarget(context.user, "matrix-cell"),
    detail ? listAnnotations(context.user, { targetKey: `matrix-cell:${detail.country}:${detail.dimension}`, limit: 100 }) : null,
  ]);
  return (
    <DashboardFrame context={{ ...context, problems }} active="matrix">
      <div className={matrix.detail ? "with-panel" : undefined}>
        <ComparisonMatrix matrix={matrix} counts={counts} tools={<ExportMenu chart="matrix" query={canExport(context.user) ? exportSearch(context.state) : null} reportHref={viewHref("/report", context.state, { focus: null })} />} toggleHref={(dims) => viewHref("/matrix", context.state, { dims, focus: null })} />
        {detail && <CellPanel detail={detail} annotations={annotations?.annotations ?? []} canWrite={canAnnotate(context.user)} />}
      </div>
    </DashboardFrame>
  );
}
