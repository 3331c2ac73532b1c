import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { AccountPage } from "@/components/shell/app-frame";
import { SourceForm } from "@/components/sourcing/source-form";
import { pick } from "@/lib/dataset/localize";
import { findSource, versionOf } from "@/lib/dataset/sources";
import { canManageSources } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { citingFactLabels } from "@/lib/views/sourcing/citing-labels";
import { formDefaults } from "@/lib/views/sourcing/form";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function NewSourceVersionPage({
  params,
}: {
  params: Promise<{ key: string }>;
}) {
  const { key } = await params;
  const path = `/sources/${encodeURIComponent(key)}/versions/new`;
  const { user, lang } = await loadAccountPage(path);
  if (!canManageSources(user)) forbidden();
  const data = await getDatasetSnapshot();
  const previous = findSource(data, key);
  if (!previous) notFound();
  const t = await getTranslations("sourcing.newVersion");
  const title = pick(lang, previous.titleZh, previous.titleEn);
  return (
    <AccountPage user={user} lang={lang} path={path} title={t("title")} active="sources">
      <p>
        <a href={`/sources/${key}?lang=${lang}`}>← {title}</a>
      </p>
      <p className="muted">{t("intro", { version: versionOf(previous) + 1 })}</p>
      <SourceForm
        defaults={formDefaults(previous)}
        sourceKey={key}
        factLabels={citingFactLabels(data, key, lang)}
      />
    </AccountPage>
  );
}
