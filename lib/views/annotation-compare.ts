import { isFact, type AnnotationTarget, type FactTarget } from "@/lib/annotations/targets";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { describeTarget, type TargetWords } from "./annotation-targets";

/** A fact a note may compare its own fact with, in words. */
export interface CompareChoice {
  label: string;
  target: FactTarget;
}

/**
 * The facts of other countries a note on `t` may compare it with ("China's 2015 outline vs
 * Japan's 2016 act"): the same dimension's assessments, the same indicator's figures, the other
 * countries' events and actors. The note then has both facts as targets and shows on each.
 */
export function compareChoices(
  t: AnnotationTarget,
  data: Dataset,
  lang: Lang,
  words: TargetWords,
): CompareChoice[] {
  if (!isFact(t)) return [];
  const choice = (target: FactTarget): CompareChoice => ({
    label: describeTarget(target, data, lang, words),
    target,
  });
  switch (t.kind) {
    case "assessment":
      return data.assessments
        .filter((a) => a.dimension === t.dimension && a.country !== t.country)
        .map((a) => choice({ kind: "assessment", country: a.country, dimension: a.dimension }));
    case "event": {
      const own = data.timeline.find((e) => e.key === t.event);
      return data.timeline
        .filter((e) => own && e.country !== own.country)
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((e) => choice({ kind: "event", event: e.key }));
    }
    case "observation": {
      const own = data.observations.find((o) => o.key === t.observation);
      return data.observations
        .filter((o) => own && o.indicator === own.indicator && o.country !== own.country)
        .map((o) => choice({ kind: "observation", observation: o.key }));
    }
    case "actor": {
      const own = data.actors.find((a) => a.key === t.actor);
      return data.actors
        .filter((a) => own && a.country !== own.country)
        .map((a) => choice({ kind: "actor", actor: a.key }));
    }
  }
}
