import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DraftView } from "@/components/editing/draft-view";
import { DraftEmpty } from "@/components/editing/draft-empty";
import { AccountPage } from "@/components/shell/app-frame";
import { canProposeChanges } from "@/lib/permissions";
import { getChangeRequest } from "@/lib/queries/change-requests";
import { findDraft } from "@/lib/queries/drafts";
import { getSnapshot } from "@/lib/queries/snapshot";
import { draftItems } from "@/lib/views/editing/draft";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

// The signed-in user's draft change request: what the edit forms and "Cite this" put in it.
export default async function DraftPage() {
  const path = "/curation/draft";
  const { user, lang } = await loadAccountPage(path);
  const t = await getTranslations("editing.draft");
  const frame = { user, lang, path, active: "curation" as const, title: t("title") };
  if (!canProposeChanges(user)) forbidden();
  const row = await findDraft(user);
  if (!row)
    return (
      <AccountPage {...frame}>
        <DraftEmpty lang={lang} />
      </AccountPage>
    );
  const [draft, { data }] = await Promise.all([
    getChangeRequest(user, row.id, lang),
    getSnapshot(),
  ]);
  return (
    <AccountPage {...frame}>
      <DraftView
        id={draft.id}
        title={draft.title}
        description={draft.description}
        items={draftItems(draft, data, lang)}
        wholeProblems={draft.problems.filter((p) => p.change < 0).map((p) => p.message)}
        lang={lang}
      />
    </AccountPage>
  );
}
