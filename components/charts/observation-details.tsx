import { DetailPanel, MissingDetail } from "@/components/detail/detail-panel";
import type { IndicatorsData } from "@/lib/charts/indicators/model";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { observationDetailView } from "@/lib/views/details/charts";

/** The focused figure in the detail panel: value as the source words it, year, note and evidence. */
export async function ObservationDetails({
  data,
  state,
  path,
}: {
  data: IndicatorsData;
  state: ViewState;
  path: string;
}) {
  if (!data.focus)
    return (
      <MissingDetail closeHref={viewHref(path, state, { focus: null })} testId="focus-missing" />
    );
  return <DetailPanel view={observationDetailView(data.focus, state, path)} testId="focus-panel" />;
}
