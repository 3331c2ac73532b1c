import type { ChartMarks } from "@/lib/annotations/marks";
import type { LanesData } from "@/lib/views/charts/lanes";
import type { ViewState } from "@/lib/view-state/state";
import { LanesChart } from "./lanes/lanes-chart";

/** The data and personal-information rules, one lane per country, in the timeline's layout. */
export function DataLawsChart({ data, state, marks }: { data: LanesData; state: ViewState; marks: ChartMarks }) {
  return <LanesChart data={data} state={state} marks={marks} path="/charts/data-laws" />;
}
