import type { ChartMarks } from "@/lib/annotations/marks";
import type { LanesData } from "@/lib/views/charts/lanes";
import type { ViewState } from "@/lib/view-state/state";
import { LanesChart } from "./lanes/lanes-chart";

/** Stages as bands and dated events as marks, one lane per country. */
export function TimelineChart({ data, state, marks }: { data: LanesData; state: ViewState; marks: ChartMarks }) {
  return <LanesChart data={data} state={state} marks={marks} path="/charts/timeline" />;
}
