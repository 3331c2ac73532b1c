import type { LanesModelData } from "@/lib/charts/lanes/model";
import type { ChartModel } from "@/lib/charts/types";
import type { ViewState } from "@/lib/view-state/state";
import { YearRange } from "./year-range";

/** Above a lanes chart, in both views: the year range, and the chart's context (data-laws: scale positions). */
export function LanesToolbar({
  model,
  state,
}: {
  model: ChartModel<LanesModelData>;
  state: ViewState;
}) {
  const context = model.data.context;
  return (
    <div className="lanes-toolbar">
      <YearRange path={`/charts/${model.key}`} state={state} range={model.data.chart.range} />
      {context && (
        <section className="lanes-context" data-testid="chart-context" aria-label={context.heading}>
          <h2>{context.heading}</h2>
          <ul>
            {context.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
