import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/shell/app-frame";
import { SourceForm } from "@/components/sourcing/source-form";
import { canManageSources } from "@/lib/permissions";
import { EMPTY_SOURCE_FORM } from "@/lib/views/sourcing/form";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function NewSourcePage() {
  const { user, lang } = await loadAccountPage("/sources/new");
  const t = await getTranslations("sourcing");
  if (!canManageSources(user)) forbidden();
  return (
    <AccountPage user={user} lang={lang} path="/sources/new" title={t("title")} active="sources">
      <p className="muted">{t("form.intro")}</p>
      <SourceForm defaults={EMPTY_SOURCE_FORM} />
    </AccountPage>
  );
}
