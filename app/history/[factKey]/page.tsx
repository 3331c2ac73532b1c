import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FactHistory } from "@/components/history/fact-history";
import { AccountPage } from "@/components/shell/app-frame";
import { parseFactKey } from "@/lib/curation/facts";
import { canProposeChanges } from "@/lib/permissions";
import { factHistory } from "@/lib/queries/history";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { buildFactHistory } from "@/lib/views/history/fact-history";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

/** The key as the URL encodes it (`assessment%3AJP%3A…`); a malformed escape names no fact. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return "";
  }
}

export default async function FactHistoryPage({
  params,
}: {
  params: Promise<{ factKey: string }>;
}) {
  const factKey = safeDecode((await params).factKey);
  const path = `/history/${encodeURIComponent(factKey)}`;
  const { user, lang } = await loadAccountPage(path);
  if (!parseFactKey(factKey)) notFound();
  const [rows, data] = await Promise.all([factHistory(factKey), getDatasetSnapshot()]);
  const model = buildFactHistory(data, factKey, rows, lang);
  if (!model) notFound();
  const t = await getTranslations("history.fact");
  return (
    <AccountPage
      user={user}
      lang={lang}
      path={path}
      title={t("title", { label: model.label })}
      active={canProposeChanges(user) ? "curation" : null}
    >
      <FactHistory model={model} canRestore={canProposeChanges(user)} />
    </AccountPage>
  );
}
