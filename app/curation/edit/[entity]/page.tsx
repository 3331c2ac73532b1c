/*
 * The edit form of one fact: /curation/edit/<entity>?<key fields>&lang=…
 *   assessment:  /curation/edit/assessment?country=JP&dimension=data-governance
 *   event, indicator, observation, actor, country, dimension:  /curation/edit/event?key=cn-stage-1
 *   without the key fields: the form for a new fact of that kind.
 * lib/views/editing/href.ts editHref() builds these links.
 */
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FactForm } from "@/components/editing/fact-form";
import { RetireButton } from "@/components/editing/retire-button";
import { AccountPage } from "@/components/shell/app-frame";
import { canProposeChanges } from "@/lib/permissions";
import { loadEditPage } from "@/lib/views/editing/edit-page";
import { keyFromQuery, parseEntity } from "@/lib/views/editing/href";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

type Query = Record<string, string | string[] | undefined>;

export default async function EditFactPage({
  params,
  searchParams,
}: {
  params: Promise<{ entity: string }>;
  searchParams: Promise<Query>;
}) {
  const entity = parseEntity((await params).entity);
  const query = await searchParams;
  const key = entity ? keyFromQuery(entity, query) : null;
  if (!entity || key === null) notFound();
  const keyQuery = new URLSearchParams(key === "none" ? [] : Object.entries(key)).toString();
  const path = `/curation/edit/${entity}`;
  const { user, lang } = await loadAccountPage(`${path}${keyQuery ? `?${keyQuery}` : ""}`);
  const t = await getTranslations("editing");
  const kind = (await getTranslations("curation.entities"))(entity);
  const frame = { user, lang, path, active: "curation" as const, query: keyQuery };
  if (!canProposeChanges(user)) forbidden();
  const model = await loadEditPage(user, entity, key === "none" ? null : key, lang);
  const title =
    model.state === "new"
      ? t("newTitle", { kind })
      : t("editTitle", { kind, label: model.label ?? "" });
  return (
    <AccountPage {...frame} title={title}>
      <p className="muted edit-intro">
        {t(`state.${model.state}`)} <a href={`/curation/draft?lang=${lang}`}>{t("goToDraft")}</a>
      </p>
      <FactForm
        key={`${entity}:${keyQuery}`}
        entity={entity}
        lang={lang}
        initial={model.form}
        original={model.original}
        keyEditable={model.keyEditable}
        options={model.options}
      />
      {model.original && model.key && model.state !== "retiring" && (
        <RetireButton entity={entity} factKey={model.key} lang={lang} />
      )}
    </AccountPage>
  );
}
