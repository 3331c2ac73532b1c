import { getTranslations } from "next-intl/server";
import type { ViewState } from "@/lib/view-state/state";
import type { ActorsData } from "@/lib/views/charts/actors";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { FocusAnnotations } from "@/components/annotations/focus-annotations";
import { FocusPanel } from "./focus-panel";

/** The focused actor: its type and country, and each role with the evidence for it. */
export async function ActorDetails({ data, state, path }: { data: ActorsData; state: ViewState; path: string }) {
  const t = await getTranslations("actors");
  const focus = data.focus;
  if (!focus) return <FocusPanel label={t("details.label")} path={path} state={state} missing />;
  return (
    <FocusPanel label={t("details.label")} title={focus.name} path={path} state={state}>
      <p className="muted" data-testid="focus-kind">{focus.type} · {focus.country}</p>
      <h3>{t("details.roles")}</h3>
      <ol className="focus-roles">
        {focus.roles.map((role) => (
          <li key={role.dimension} data-testid="focus-role">
            <p>
              <span className="role-dimension">{role.dimension}</span> {role.text}
            </p>
            <EvidenceList evidence={role.evidence} lang={state.lang} />
          </li>
        ))}
      </ol>
      <FocusAnnotations chart="actors" focus={state.focus} />
    </FocusPanel>
  );
}
