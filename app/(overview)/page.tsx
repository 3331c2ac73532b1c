import { getTranslations } from "next-intl/server";
import { DatasetCounts } from "@/components/overview/dataset-counts";
import { HeadlineContrasts } from "@/components/overview/headline-contrasts";
import { KeyIndicators } from "@/components/overview/key-indicators";
import { ViewLinks } from "@/components/overview/view-links";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import type { SearchParams } from "@/lib/view-state/state";
import { loadView } from "@/lib/views/context";
import { buildOverview, datasetCounts } from "@/lib/views/overview";

export const dynamic = "force-dynamic";

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const context = await loadView("/", searchParams);
  const t = await getTranslations("overview");
  const overview = buildOverview(context.data, context.state);
  return (
    <DashboardFrame context={context} active="overview">
      <div className="overview">
        <header>
          <h1>{t("title")}</h1>
          <p className="muted">{t("lede")}</p>
        </header>
        <HeadlineContrasts overview={overview} />
        <KeyIndicators overview={overview} />
        <ViewLinks state={context.state} />
        <DatasetCounts counts={datasetCounts(context.data)} />
      </div>
    </DashboardFrame>
  );
}
