import { getTranslations } from "next-intl/server";
import { DetailPanel, MissingDetail } from "@/components/detail/detail-panel";
import { EvidenceList } from "@/components/evidence/evidence-list";
import type { ActorsData } from "@/lib/charts/actors/model";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { actorDetailView } from "@/lib/views/details/charts";

/** The focused actor in the detail panel: its type and country, and each role with the evidence for it. */
export async function ActorDetails({
  data,
  state,
  path,
}: {
  data: ActorsData;
  state: ViewState;
  path: string;
}) {
  if (!data.focus)
    return (
      <MissingDetail closeHref={viewHref(path, state, { focus: null })} testId="focus-missing" />
    );
  const t = await getTranslations("actors.details");
  const focus = data.focus;
  return (
    <DetailPanel view={actorDetailView(data.focus, state, path)} testId="focus-panel">
      <h3>{t("roles")}</h3>
      <ol className="detail-roles">
        {focus.roles.map((role) => (
          <li key={role.dimension} data-testid="focus-role">
            <p>
              <span className="role-dimension">{role.dimension}</span> {role.text}
            </p>
            <EvidenceList evidence={role.evidence} fact={focus.target} />
          </li>
        ))}
      </ol>
    </DetailPanel>
  );
}
