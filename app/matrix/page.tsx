import { CellPanel } from "@/components/matrix/cell-panel";
import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { viewHref, withFocusMissing, type SearchParams } from "@/lib/view-state/state";
import { loadView } from "@/lib/views/context";
import { buildMatrix } from "@/lib/views/matrix";

export const dynamic = "force-dynamic";

export default async function MatrixPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const context = await loadView("/matrix", searchParams);
  const matrix = buildMatrix(context.data, context.state);
  const problems = withFocusMissing(context.problems, matrix.focusMissing);
  return (
    <DashboardFrame context={{ ...context, problems }} active="matrix">
      <div className={matrix.detail ? "with-panel" : undefined}>
        <ComparisonMatrix matrix={matrix} toggleHref={(dims) => viewHref("/matrix", context.state, { dims, focus: null })} />
        {matrix.detail && <CellPanel detail={matrix.detail} />}
      </div>
    </DashboardFrame>
  );
}
