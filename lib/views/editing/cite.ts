import type { Entity, FactKeyFields } from "@/lib/curation/facts";
import type { SourceCitation } from "@/lib/dataset/schema";

// What "Cite this" sends to POST /api/v1/draft: the passage as a source citation of one fact.

export type CiteTarget =
  | { entity: "assessment"; country: string; dimension: string }
  | { entity: "event" | "observation"; key: string }
  | { entity: "actor"; key: string; role: string };

export function citeTargetKey(target: CiteTarget): { entity: Entity; key: FactKeyFields } {
  if (target.entity === "assessment")
    return { entity: "assessment", key: { country: target.country, dimension: target.dimension } };
  return { entity: target.entity, key: { key: target.key } };
}

/** The body of the request; the quote is the stored text of the selected range, as annotations take it. */
export function citeBody(
  target: CiteTarget,
  source: { key: string; version: number; text: string },
  range: { start: number; end: number },
  translationEn: string,
) {
  const citation: SourceCitation = {
    kind: "source",
    source: source.key,
    // The dataset leaves version 1 unnamed.
    ...(source.version === 1 ? {} : { version: source.version }),
    quote: source.text.slice(range.start, range.end),
    start: range.start,
    end: range.end,
    ...(translationEn.trim() ? { translationEn } : {}),
  };
  return {
    cite: {
      ...citeTargetKey(target),
      citation,
      ...(target.entity === "actor" ? { role: target.role } : {}),
    },
  };
}

/** A target with every choice made, or null. */
export function completeTarget(
  entity: CiteTarget["entity"],
  choice: { country: string; dimension: string; key: string; role: string },
): CiteTarget | null {
  if (entity === "assessment")
    return choice.country && choice.dimension
      ? { entity, country: choice.country, dimension: choice.dimension }
      : null;
  if (entity === "actor")
    return choice.key && choice.role ? { entity, key: choice.key, role: choice.role } : null;
  return choice.key ? { entity, key: choice.key } : null;
}
