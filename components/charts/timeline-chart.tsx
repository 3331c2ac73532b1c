import type { LanesData } from "@/lib/views/charts/lanes";
import type { ViewState } from "@/lib/view-state/state";
import { LanesChart } from "./lanes/lanes-chart";

/** Stages as bands and dated events as marks, one lane per country. */
export function TimelineChart({ data, state }: { data: LanesData; state: ViewState }) {
  return <LanesChart data={data} state={state} path="/charts/timeline" />;
}
