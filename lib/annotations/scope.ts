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
  return scope === null || scope.some((p) => (p.startsWith("view:") ? key === p : key.startsWith(p)));
}

/** The view and highlight that show a target: a path plus the URL state to change. */
export function targetLocation(t: AnnotationTarget): { path: string; country?: string; focus?: string; from?: number; to?: number } {
  switch (t.kind) {
    case "matrix-cell":
      return { path: "/matrix", country: t.country, focus: `cell:${t.country}:${t.dimension}` };
    case "chart-point": {
      const focus = { indicators: `observation:${t.x}`, actors: `actor:${t.x}`, timeline: `event:${t.x}`, "data-laws": `event:${t.x}` }[t.chart as string];
      return { path: `/charts/${t.chart}`, country: t.country, ...(focus ? { focus } : {}) };
    }
    case "chart-range":
      return { path: `/charts/${t.chart}`, ...(t.country ? { country: t.country } : {}), from: t.from, to: t.to };
    case "timeline-event":
      return { path: "/charts/timeline", focus: `event:${t.event}` };
    case "source-passage":
      return { path: `/sources/${t.source}`, focus: `passage:${t.selector[1].start}-${t.selector[1].end}` };
    case "view":
      return { path: t.path || "/" };
  }
}
