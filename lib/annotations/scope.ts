import type { Dataset } from "@/lib/dataset/schema";
import { targetKey } from "./target-keys";
import type { AnnotationTarget } from "./targets";
import { DEVELOPMENT_MODEL } from "@/lib/dataset/directions";
import { isDataRule, radarDimensionKeys } from "@/lib/dataset/drawn";

/**
 * Which annotations belong to a dashboard view, as target-key prefixes and exact keys (see
 * `targetKey`, `exactEntry`): the facts the view draws (the matrix every assessment, the radar
 * those of its dimensions, the data-laws chart its data rules), its ranges, a source its passages;
 * each view also has the notes on the whole view. The overview shows everything: null.
 */
export function viewScope(path: string, data: ScopeData): string[] | null {
  if (path === "/" || path === "") return null;
  const chart = path.match(/^\/charts\/([a-z-]+)$/)?.[1];
  if (chart) {
    // The radar draws some dimensions' assessments, the data-laws chart some events: exactly those.
    const facts = {
      radar: radarDimensionKeys(data).map((d) => `assessment:${d}:`),
      "development-model": [`assessment:${DEVELOPMENT_MODEL}:`],
      indicators: ["observation:"],
      actors: ["actor:"],
      timeline: ["event:", "chart-range:timeline:"],
      "data-laws": [
        ...data.timeline.filter((e) => isDataRule(e, data)).map((e) => `=event:${e.key}`),
        "chart-range:data-laws:",
      ],
    }[chart];
    return [...(facts ?? []), `view:${path}`];
  }
  if (path === "/matrix") return ["assessment:", "view:/matrix"];
  if (path === "/sources") return ["source-passage:", "view:/sources"];
  const source = path.match(/^\/sources\/([a-z0-9-]+)$/)?.[1];
  if (source) return [`source-passage:${source}:`, `view:${path}`];
  return [`view:${path}`];
}

/** What a view's scope depends on: which dimensions the radar draws, which events are data rules. */
export type ScopeData = Pick<Dataset, "dimensions" | "timeline">;

/** A scope entry that names one key exactly (`view:…`, or `=` before the key), else a key prefix. */
export const exactEntry = (entry: string): string | null =>
  entry.startsWith("view:") ? entry : entry.startsWith("=") ? entry.slice(1) : null;

/** Whether a target key is in a scope; exact entries (see exactEntry) match exactly, the others as prefixes. */
export function inScope(key: string, scope: string[] | null): boolean {
  return (
    scope === null ||
    scope.some((p) => {
      const exact = exactEntry(p);
      return exact !== null ? key === exact : key.startsWith(p);
    })
  );
}

/** What a fact's place is looked up in: the country of an event, a figure or an actor. */
export type FactPlaces = Pick<Dataset, "timeline" | "observations" | "actors">;

/**
 * The view and highlight that show a target: a path plus the URL state to change. A fact opens
 * where it is read in full: an assessment in the matrix, an event on the timeline, a figure on the
 * indicators chart, an actor on the actors chart.
 */
export function targetLocation(
  t: AnnotationTarget,
  data: FactPlaces,
): {
  path: string;
  country?: string;
  focus?: string;
  from?: number;
  to?: number;
} {
  const countryOf = (list: { key: string; country: string }[], key: string) => {
    const country = list.find((item) => item.key === key)?.country;
    return country ? { country } : {};
  };
  switch (t.kind) {
    case "assessment":
      return { path: "/matrix", country: t.country, focus: `cell:${t.country}:${t.dimension}` };
    case "event":
      return {
        path: "/charts/timeline",
        ...countryOf(data.timeline, t.event),
        focus: `event:${t.event}`,
      };
    case "observation":
      return {
        path: "/charts/indicators",
        ...countryOf(data.observations, t.observation),
        focus: `observation:${t.observation}`,
      };
    case "actor":
      return {
        path: "/charts/actors",
        ...countryOf(data.actors, t.actor),
        focus: `actor:${t.actor}`,
      };
    case "chart-range":
      return {
        path: `/charts/${t.chart}`,
        ...(t.country ? { country: t.country } : {}),
        from: t.from,
        to: t.to,
      };
    case "source-passage":
      return {
        path: `/sources/${t.source}`,
        focus: `passage:${t.selector[1].start}-${t.selector[1].end}`,
      };
    case "view":
      return { path: t.path || "/" };
  }
}

/**
 * The fact of a chart's focused item (`observation:…`, `actor:…`, `event:…`) and the target keys
 * whose annotations belong to it (its own: a fact has one key on every chart).
 */
export function focusTarget(
  chart: string,
  focus: string,
  data: FactPlaces,
): { target: AnnotationTarget; keys: string[] } | null {
  const [kind, key] = [focus.slice(0, focus.indexOf(":")), focus.slice(focus.indexOf(":") + 1)];
  const has = (list: { key: string }[]) => list.some((item) => item.key === key);
  if (chart === "indicators" && kind === "observation" && has(data.observations))
    return single({ kind: "observation", observation: key });
  if (chart === "actors" && kind === "actor" && has(data.actors))
    return single({ kind: "actor", actor: key });
  if ((chart === "timeline" || chart === "data-laws") && kind === "event" && has(data.timeline))
    return single({ kind: "event", event: key });
  return null;
}

const single = (target: AnnotationTarget) => ({ target, keys: [targetKey(target)] });
