import type { AnnotationView } from "../types";
import { w3cAnnotation } from "./annotation";
import { CONTEXT } from "./context";
import type { Site } from "./target";

/** One page of the collection; `next` names the following page when there is one. `label` names the collection. */
export function toJsonLd(
  annotations: AnnotationView[],
  site: Site,
  self: string,
  next: string | null,
  label: string,
) {
  return {
    "@context": CONTEXT,
    id: self,
    type: "AnnotationCollection",
    label,
    ...(next ? {} : { total: annotations.length }),
    first: {
      id: `${self}#page`,
      type: "AnnotationPage",
      ...(next ? { next } : {}),
      items: annotations.map((a) => w3cAnnotation(a, site)),
    },
  };
}
