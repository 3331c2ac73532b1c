import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HubEditLinks } from "@/components/curation/hub-edit";
import { HubFilter } from "@/components/curation/hub-filter";
import { HubLinks } from "@/components/curation/hub-links";
import { HubList } from "@/components/curation/hub-list";
import { AccountPage } from "@/components/shell/app-frame";
import { canManageSources, canProposeChanges, canSeeChangeRequests } from "@/lib/permissions";
import { listChangeRequests } from "@/lib/queries/change-requests";
import { getSnapshot } from "@/lib/queries/snapshot";
import type { SearchParams } from "@/lib/view-state/state";
import { hubFilterLinks, hubRows, parseStatusFilter } from "@/lib/views/curation/hub";
import { hubEdit } from "@/lib/views/curation/hub-edit";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function CurationPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const filter = parseStatusFilter(await searchParams);
  const query = filter ? `status=${filter.join(",")}` : "";
  const { user, lang } = await loadAccountPage(`/curation${query ? `?${query}` : ""}`);
  const t = await getTranslations("curation.hub");
  const frame = { user, lang, path: "/curation", title: t("title"), active: "curation" as const };
  if (!canSeeChangeRequests(user)) forbidden();
  const [requests, { data }] = await Promise.all([
    listChangeRequests(user, filter ? { status: filter } : {}),
    getSnapshot(),
  ]);
  return (
    <AccountPage {...frame} query={query}>
      <div className="curation">
        <p className="muted">{t("intro")}</p>
        <HubLinks lang={lang} canAddSource={canManageSources(user)} />
        <h2>{t("requests")}</h2>
        <HubFilter links={hubFilterLinks(filter, lang)} />
        <HubList rows={hubRows(data, requests, lang)} filtered={filter !== null} />
        {canProposeChanges(user) && <HubEditLinks edit={hubEdit(data, lang)} />}
      </div>
    </AccountPage>
  );
}
