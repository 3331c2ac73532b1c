import { z } from "zod";
import { targetKey } from "./target-keys";
import { targetInputSchema } from "./targets";

// Several targets on one annotation, as posted (the one-target schemas are in ./targets).

/** At most this many targets on one annotation. */
export const MAX_TARGETS = 8;

/**
 * `target` as posted: one target or a list of them (a fact and the passage behind it, two facts
 * compared), each once, in the order given.
 */
export const targetsInputSchema = z
  .preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined ? v : [v]),
    z
      .array(targetInputSchema, { error: "targetRequired" })
      .min(1, "targetRequired")
      .refine((list) => list.length <= MAX_TARGETS, {
        message: "targetCount",
        params: { max: String(MAX_TARGETS) },
      }),
  )
  .transform((list) => {
    // The same place twice (by its key: a passage with and without its context is one place) is
    // kept once, as first named: an annotation has each target key once.
    const seen = new Set<string>();
    return list.filter((t) => {
      const key = targetKey(t);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  });
