import { getTranslations } from "next-intl/server";
import type { ViewState } from "@/lib/view-state/state";
import type { IndicatorsData } from "@/lib/views/charts/indicators";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { FocusAnnotations } from "@/components/annotations/focus-annotations";
import { FocusPanel } from "./focus-panel";

/** The focused figure: value as the source words it, the number recorded, year, note and evidence. */
export async function ObservationDetails({ data, state, path }: { data: IndicatorsData; state: ViewState; path: string }) {
  const t = await getTranslations("indicators");
  const tc = await getTranslations("common.evidence");
  const focus = data.focus;
  if (!focus) return <FocusPanel label={t("details.label")} path={path} state={state} missing />;
  return (
    <FocusPanel label={t("details.label")} title={`${focus.indicator} · ${focus.country}`} path={path} state={state}>
      <dl className="focus-facts">
        <dt>{t("details.value")}</dt>
        <dd data-testid="focus-value">
          <strong>{focus.figure}</strong>
        </dd>
        <dt>{t("details.year")}</dt>
        <dd data-testid="focus-year">{focus.year}</dd>
        {focus.note && (
          <>
            <dt>{tc("note")}</dt>
            <dd data-testid="focus-note">{focus.note}</dd>
          </>
        )}
      </dl>
      <h3>{t("details.evidence")}</h3>
      <EvidenceList evidence={focus.evidence} lang={state.lang} />
      <FocusAnnotations chart="indicators" focus={state.focus} />
    </FocusPanel>
  );
}
