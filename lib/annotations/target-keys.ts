import type { AnnotationTarget, TargetKind } from "./targets";

// Target keys without the schemas: the browser's badges and panel use these, and need no zod.

/**
 * The target as one string, for filters and count badges: `assessment:development-model:CN`,
 * `event:cn-2014-plan`. A fact's key is the same on every chart that draws it (it is also the
 * `data-mark` of its marks), so its notes are counted once for all of them. An assessment's key
 * names the dimension first: a chart of one dimension is a key prefix.
 */
export function targetKey(t: AnnotationTarget): string {
  switch (t.kind) {
    case "assessment":
      return `assessment:${t.dimension}:${t.country}`;
    case "event":
      return `event:${t.event}`;
    case "observation":
      return `observation:${t.observation}`;
    case "actor":
      return `actor:${t.actor}`;
    case "chart-range":
      return `chart-range:${t.chart}:${t.country ?? "*"}:${t.from}-${t.to}`;
    case "source-passage":
      return `source-passage:${t.source}:${t.selector[1].start}-${t.selector[1].end}`;
    case "view":
      return `view:${t.path}`;
  }
}

/**
 * The target a key names, for the kinds whose key holds the whole target (facts and ranges);
 * null for passages and views, whose keys leave out the quote.
 */
export function targetFromKey(key: string): AnnotationTarget | null {
  const [kind, ...parts] = key.split(":");
  if (parts.some((p) => p === "")) return null;
  if (kind === "assessment" && parts.length === 2)
    return { kind, dimension: parts[0], country: parts[1] };
  if (kind === "event" && parts.length === 1) return { kind, event: parts[0] };
  if (kind === "observation" && parts.length === 1) return { kind, observation: parts[0] };
  if (kind === "actor" && parts.length === 1) return { kind, actor: parts[0] };
  const years = parts[2]?.match(/^(\d+)-(\d+)$/);
  if (kind === "chart-range" && parts.length === 3 && years && isLanes(parts[0]))
    return {
      kind,
      chart: parts[0],
      ...(parts[1] === "*" ? {} : { country: parts[1] }),
      from: Number(years[1]),
      to: Number(years[2]),
    };
  return null;
}
const isLanes = (v: string): v is "timeline" | "data-laws" => v === "timeline" || v === "data-laws";

export const TARGET_KINDS = [
  "assessment",
  "event",
  "observation",
  "actor",
  "chart-range",
  "source-passage",
  "view",
] as const satisfies readonly TargetKind[];
