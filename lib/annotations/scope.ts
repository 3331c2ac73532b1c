import type { Dataset } from "@/lib/dataset/schema";
import { targetKey } from "./target-keys";
import type { AnnotationTarget } from "./targets";

/**
 * Which annotations belong to a dashboard view, as target-key prefixes (see `targetKey`): the
 * matrix has its cells, a chart its points and ranges (the timeline and data-laws charts their
 * events too), a source its passages; each view also has the notes on the whole view. The
 * overview shows everything: null.
 */
export function viewScope(path: string): string[] | null {
  if (path === "/" || path === "") return null;
  const chart = path.match(/^\/charts\/([a-z-]+)$/)?.[1];
  if (chart) {
    const events = chart === "timeline" || chart === "data-laws" ? ["timeline-event:"] : [];
    return [`chart-point:${chart}:`, `chart-range:${chart}:`, ...events, `view:${path}`];
  }
  if (path === "/matrix") return ["matrix-cell:", "view:/matrix"];
  if (path === "/sources") return ["source-passage:", "view:/sources"];
  const source = path.match(/^\/sources\/([a-z0-9-]+)$/)?.[1];
  if (source) return [`source-passage:${source}:`, `view:${path}`];
  return [`view:${path}`];
}

/** Whether a target key is in a scope; `view:` entries match exactly, the others as prefixes. */
export function inScope(key: string, scope: string[] | null): boolean {
  return (
    scope === null || scope.some((p) => (p.startsWith("view:") ? key === p : key.startsWith(p)))
  );
}

/** The view and highlight that show a target: a path plus the URL state to change. */
export function targetLocation(t: AnnotationTarget): {
  path: string;
  country?: string;
  focus?: string;
  from?: number;
  to?: number;
} {
  switch (t.kind) {
    case "matrix-cell":
      return { path: "/matrix", country: t.country, focus: `cell:${t.country}:${t.dimension}` };
    case "chart-point": {
      const focus = {
        indicators: `observation:${t.x}`,
        actors: `actor:${t.x}`,
        timeline: `event:${t.x}`,
        "data-laws": `event:${t.x}`,
      }[t.chart as string];
      return { path: `/charts/${t.chart}`, country: t.country, ...(focus ? { focus } : {}) };
    }
    case "chart-range":
      return {
        path: `/charts/${t.chart}`,
        ...(t.country ? { country: t.country } : {}),
        from: t.from,
        to: t.to,
      };
    case "timeline-event":
      return { path: "/charts/timeline", focus: `event:${t.event}` };
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
 * The annotation target of a chart's focused item (`observation:…`, `actor:…`, `event:…`) and the
 * target keys whose annotations belong to it: an event's own and its points on either lanes chart.
 */
export function focusTarget(
  chart: string,
  focus: string,
  data: Dataset,
): { target: AnnotationTarget; keys: string[] } | null {
  const [kind, key] = [focus.slice(0, focus.indexOf(":")), focus.slice(focus.indexOf(":") + 1)];
  if (chart === "indicators" && kind === "observation") {
    const o = data.observations.find((item) => item.key === key);
    return o ? single({ kind: "chart-point", chart, country: o.country, x: key }) : null;
  }
  if (chart === "actors" && kind === "actor") {
    const a = data.actors.find((item) => item.key === key);
    return a ? single({ kind: "chart-point", chart, country: a.country, x: key }) : null;
  }
  if ((chart === "timeline" || chart === "data-laws") && kind === "event") {
    const e = data.timeline.find((item) => item.key === key);
    if (!e) return null;
    return {
      target: { kind: "timeline-event", event: key },
      keys: [
        `timeline-event:${key}`,
        `chart-point:timeline:${e.country}:${key}`,
        `chart-point:data-laws:${e.country}:${key}`,
      ],
    };
  }
  return null;
}

const single = (target: AnnotationTarget) => ({ target, keys: [targetKey(target)] });
