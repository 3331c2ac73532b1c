import { OverviewBody, PublishedOverview } from "@/components/overview/overview-body";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import type { SearchParams } from "@/lib/view-state/state";
import { publishedViewKey } from "@/lib/views/cache-key";
import { loadView } from "@/lib/views/context";

export const dynamic = "force-dynamic";

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const context = await loadView("/", searchParams);
  // The published overview is served from a cache per version and view; a pinned version or a preview is drawn here.
  const cacheKey = publishedViewKey(context);
  return (
    <DashboardFrame context={context} active="overview">
      {cacheKey ? (
        <PublishedOverview view={cacheKey} />
      ) : (
        <OverviewBody data={context.data} state={context.state} />
      )}
    </DashboardFrame>
  );
}
