import type { Dataset, DatasetTimelineEvent } from "./schema";
import { DIRECTION_DIMENSIONS } from "./directions";

// Which facts a chart draws, where that depends on the data: the views' annotation scopes and the
// charts themselves read it here, so a note is listed on a view exactly when the view draws it.

/** The dimensions the radar draws: those with a scale that is a maturity, not a direction. */
export const radarDimensionKeys = (data: Pick<Dataset, "dimensions">): string[] =>
  data.dimensions.filter((d) => d.scale && !DIRECTION_DIMENSIONS.has(d.key)).map((d) => d.key);

const RULE_KINDS = new Set(["policy", "law", "standard"]);

/** Whether an event is a data rule (data-laws chart): a policy, law or standard on a dimension of the `data` group. */
export function isDataRule(e: DatasetTimelineEvent, data: Pick<Dataset, "dimensions">): boolean {
  const dataDimensions = new Set(
    data.dimensions.filter((d) => d.group === "data").map((d) => d.key),
  );
  return RULE_KINDS.has(e.kind) && (e.dimensions ?? []).some((d) => dataDimensions.has(d));
}
