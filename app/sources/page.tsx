import { SourceList } from "@/components/sources/source-list";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import type { SearchParams } from "@/lib/view-state/state";
import { canManageSources } from "@/lib/permissions";
import { loadView } from "@/lib/views/context";
import { buildSourceList } from "@/lib/views/sources/list";

export const dynamic = "force-dynamic";

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const context = await loadView("/sources", searchParams);
  return (
    <DashboardFrame context={context} active="sources">
      <SourceList
        items={buildSourceList(context.data, context.state)}
        addHref={canManageSources(context.user) ? `/sources/new?lang=${context.lang}` : null}
      />
    </DashboardFrame>
  );
}
