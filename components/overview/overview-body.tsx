import { getTranslations } from "next-intl/server";
import { cacheLife } from "next/cache";
import type { Dataset } from "@/lib/dataset/schema";
import { LOCALE_OF } from "@/lib/i18n/lang";
import { getSnapshot } from "@/lib/queries/snapshot";
import type { ViewState } from "@/lib/view-state/state";
import type { PublishedViewKey } from "@/lib/views/cache-key";
import { buildOverview, datasetCounts } from "@/lib/views/overview";
import { DatasetCounts } from "./dataset-counts";
import { HeadlineContrasts } from "./headline-contrasts";
import { KeyIndicators } from "./key-indicators";
import { ViewLinks } from "./view-links";

/** The overview of a dataset in a view: headline contrasts, key figures, the views, the counts. */
export async function OverviewBody({ data, state }: { data: Dataset; state: ViewState }) {
  const t = await getTranslations({ locale: LOCALE_OF[state.lang], namespace: "overview" });
  const overview = buildOverview(data, state);
  return (
    <div className="overview">
      <header>
        <h1>{t("title")}</h1>
        <p className="muted">{t("lede")}</p>
      </header>
      <HeadlineContrasts overview={overview} lang={state.lang} />
      <KeyIndicators overview={overview} lang={state.lang} />
      <ViewLinks state={state} />
      <DatasetCounts counts={datasetCounts(data)} lang={state.lang} />
    </div>
  );
}

/**
 * The overview of the published dataset, rendered once per key (version, language, view state)
 * and then served from the cache: it holds nothing of the reader.
 */
export async function PublishedOverview({ view }: { view: PublishedViewKey }) {
  "use cache";
  const snapshot = await getSnapshot();
  // A version published between the page's read and this one: drawn, but kept only briefly.
  if (snapshot.version !== view.version) cacheLife("seconds");
  return <OverviewBody data={snapshot.data} state={view.state} />;
}
