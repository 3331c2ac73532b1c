import { targetKey } from "@/lib/annotations/target-keys";
import type { ActorDetails } from "@/lib/charts/actors/model";
import type { ObservationDetails } from "@/lib/charts/indicators/model";
import type { EventFocus } from "@/lib/charts/lanes/event-focus";
import type { CellDetail } from "@/lib/charts/matrix/model";
import { formatList, translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { factRefOf } from "@/lib/curation/fact-actions";
import { fact, type DetailView } from "../detail";

// The detail panels of the matrix and the charts, as one view model (lib/views/detail.ts).

/** A matrix cell: the assessment's summary, confidence and notes, and its quotes. */
export function cellDetailView(d: CellDetail): DetailView {
  const t = translator(d.lang);
  return {
    label: t("matrix.panel.label"),
    title: `${d.countryName} × ${d.dimensionName}`,
    subtitle: d.description,
    facts: [
      { key: "summary", label: t("matrix.panel.summary"), value: d.summary ?? t("matrix.silent") },
      ...fact("confidence", t("matrix.panel.confidence"), d.confidence),
      ...fact("note", t("common.evidence.note"), d.note),
      ...fact("coverage", t("matrix.panel.coverage"), d.coverageNote),
    ],
    evidence: d.evidence,
    annotations: {
      target: { kind: "assessment", country: d.country, dimension: d.dimension },
      keys: [targetKey({ kind: "assessment", country: d.country, dimension: d.dimension })],
    },
    previous: null,
    next: null,
    closeHref: d.closeHref,
    returnFocus: `[data-testid="cell-${d.country}-${d.dimension}"]`,
    factRef: d.factRef,
  };
}

/** A timeline or data-laws event: when, what kind, on which dimensions, its quotes, and the events before and after it. */
export function eventDetailView(
  focus: Extract<EventFocus, { status: "found" }>,
  state: ViewState,
  path: string,
): DetailView {
  const t = translator(state.lang);
  const href = (key: string | null) =>
    key ? viewHref(path, state, { focus: `event:${key}` }) : null;
  return {
    label: t("timeline.details.label"),
    title: focus.title,
    facts: [
      ...fact("country", t("timeline.details.country"), focus.country),
      ...fact("period", t("timeline.details.period"), focus.period),
      ...fact("kind", t("timeline.details.kind"), focus.kind),
      ...fact(
        "dimensions",
        t("timeline.details.dimensions"),
        focus.dimensions.length ? formatList(focus.dimensions, state.lang) : null,
      ),
      ...fact("note", t("timeline.details.note"), focus.note),
    ],
    notice: focus.shown ? null : t("timeline.details.outside"),
    evidence: focus.evidence,
    annotations: focus.annotations,
    previous: href(focus.previous),
    next: href(focus.next),
    closeHref: viewHref(path, state, { focus: null }),
    returnFocus: `[data-testid="mark-${focus.key}"]`,
    factRef: factRefOf("event", { key: focus.key }, state),
  };
}

/** A figure of the indicators chart: the value as the source words it, its year and note, its quotes. */
export function observationDetailView(
  focus: ObservationDetails,
  state: ViewState,
  path: string,
): DetailView {
  const t = translator(state.lang);
  return {
    label: t("indicators.details.label"),
    title: `${focus.indicator} · ${focus.country}`,
    facts: [
      { key: "value", label: t("indicators.details.value"), value: focus.figure, strong: true },
      { key: "year", label: t("indicators.details.year"), value: focus.year },
      ...fact("note", t("common.evidence.note"), focus.note),
    ],
    evidence: focus.evidence,
    annotations: { target: focus.target, keys: [targetKey(focus.target)] },
    previous: null,
    next: null,
    closeHref: viewHref(path, state, { focus: null }),
    returnFocus: `[data-focus-id="${focus.key}"]`,
    factRef: factRefOf("observation", { key: focus.key }, state),
  };
}

/** An actor: its type and country; each role with its quotes is the panel's own part. */
export function actorDetailView(focus: ActorDetails, state: ViewState, path: string): DetailView {
  const t = translator(state.lang);
  return {
    label: t("actors.details.label"),
    title: focus.name,
    subtitle: `${focus.type} · ${focus.country}`,
    facts: [],
    evidence: null,
    annotations: { target: focus.target, keys: [targetKey(focus.target)] },
    previous: null,
    next: null,
    closeHref: viewHref(path, state, { focus: null }),
    returnFocus: `[data-focus-id="${focus.key}"]`,
    factRef: factRefOf("actor", { key: focus.key }, state),
  };
}
