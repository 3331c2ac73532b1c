import { DIRECTION_DIMENSIONS } from "@/lib/dataset/directions";
import type { Dataset, DatasetAssessment } from "@/lib/dataset/schema";
import type { ViewState } from "@/lib/view-state/state";
import { citedSources } from "@/lib/dataset/evidence";
import { countryName, pick } from "@/lib/dataset/localize";

/** The dimensions with a scale that the view shows, in their order. */

/** The dimensions with a maturity scale (more is further along), in the view's filter. */
export const maturityDimensions = (data: Dataset, state: ViewState) =>
  scaledDimensions(data, state).filter((d) => !DIRECTION_DIMENSIONS.has(d.key));

export function scaledDimensions(data: Dataset, state: ViewState) {
  return data.dimensions.filter((d) => d.scale && (!state.dims || state.dims.includes(d.key)));
}

export function assessmentOf(
  data: Dataset,
  country: string,
  dimension: string,
): DatasetAssessment | undefined {
  return data.assessments.find((a) => a.country === country && a.dimension === dimension);
}

export function levelLabel(
  data: Dataset,
  dimension: string,
  level: number | undefined,
  state: ViewState,
): string | null {
  const step = data.dimensions
    .find((d) => d.key === dimension)
    ?.scale?.find((l) => l.level === level);
  return step ? pick(state.lang, step.labelZh, step.labelEn) : null;
}

/** Caption sources for some assessments. */
export function assessmentSources(
  data: Dataset,
  assessments: DatasetAssessment[],
  state: ViewState,
) {
  return citedSources(
    assessments.flatMap((a) => a.citations),
    data,
    state.lang,
  );
}

/** "United States: no scale position in the sources." for countries absent from a chart. */
export function silentCountries(
  data: Dataset,
  state: ViewState,
  hasData: (country: string) => boolean,
  message: (name: string) => string,
) {
  return state.countries
    .filter((c) => !hasData(c))
    .map((c) => message(countryName(data, c, state.lang)));
}
