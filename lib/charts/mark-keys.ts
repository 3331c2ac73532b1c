import { targetKey } from "@/lib/annotations/target-keys";

// The key of every drawn mark (`data-mark` on screen and in exported SVG): the fact it draws, as
// its annotation target key. A fact drawn by several charts (an assessment in the matrix, on the
// radar and as a development-model bar) has the same key on each, so its notes show on each.

export const assessmentMark = (country: string, dimension: string) =>
  targetKey({ kind: "assessment", country, dimension });
export const eventMark = (event: string) => targetKey({ kind: "event", event });
export const observationMark = (observation: string) =>
  targetKey({ kind: "observation", observation });
export const actorMark = (actor: string) => targetKey({ kind: "actor", actor });
