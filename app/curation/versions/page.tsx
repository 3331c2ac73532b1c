import { getTranslations } from "next-intl/server";
import { VersionList } from "@/components/history/version-list";
import { AccountPage } from "@/components/shell/app-frame";
import { listVersions } from "@/lib/queries/versions";
import { buildVersionList } from "@/lib/views/history/versions";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

// The versions are published data: every signed-in reader may list them.
export default async function VersionsPage() {
  const { user, lang } = await loadAccountPage("/curation/versions");
  const t = await getTranslations("history.versions");
  const rows = buildVersionList(await listVersions(), lang);
  return (
    <AccountPage
      user={user}
      lang={lang}
      path="/curation/versions"
      title={t("title")}
      active="curation"
    >
      <p className="muted">{t("description")}</p>
      <VersionList rows={rows} />
    </AccountPage>
  );
}
