import { notFound } from "next/navigation";
import { LiveMarkers } from "@/components/annotations/live-markers";
import { ChartFrame } from "@/components/charts/chart-frame";
import { CHARTS } from "@/components/charts/registry";
import { ExportMenu } from "@/components/export/export-menu";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { exportSearch } from "@/lib/export/href";
import { canExport } from "@/lib/permissions";
import { isChartKey, viewHref, type SearchParams } from "@/lib/view-state/state";
import { viewMarkers } from "@/lib/views/annotations";
import { loadView } from "@/lib/views/context";

export const dynamic = "force-dynamic";

export default async function ChartPage({
  params,
  searchParams,
}: {
  params: Promise<{ chart: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { chart } = await params;
  if (!isChartKey(chart)) notFound(); // checked first in layout.tsx, which answers 404 before streaming
  const entry = CHARTS[chart];
  const context = await loadView(`/charts/${chart}`, searchParams);
  const model = entry.build(context.data, context.state);
  const { markers: annotations, since } = await viewMarkers(
    context.user,
    context.path,
    chart,
    context.state.resolved,
  );
  return (
    <DashboardFrame context={context} active={chart}>
      <ChartFrame
        model={model}
        state={context.state}
        path={context.path}
        toolbar={entry.toolbar?.(model, context.state, context.path)}
        details={entry.details?.(model, context.state, context.path)}
        interactive={entry.interactive}
        tools={
          <ExportMenu
            chart={chart}
            search={canExport(context.user) ? exportSearch(context.state) : null}
            reportHref={viewHref("/report", context.state, { focus: null, view: "chart" })}
          />
        }
      >
        <LiveMarkers
          initial={annotations}
          since={since}
          chart={chart}
          resolved={context.state.resolved}
        >
          {entry.screen(model, context.state, context.path, annotations)}
        </LiveMarkers>
      </ChartFrame>
    </DashboardFrame>
  );
}
