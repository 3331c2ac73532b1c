import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { EvidenceView } from "@/lib/dataset/evidence";
import type { FactRef } from "@/lib/curation/fact-actions";

/** One line of a detail's facts: "Period · 2016–2018". */
export interface DetailFact {
  key: string;
  label: string;
  value: string;
  strong?: boolean;
}

/**
 * What a detail panel shows, whatever it details (a matrix cell, a timeline event, a figure, an
 * actor, a source passage): title, facts, evidence, the annotations of its target, previous and
 * next, and how it closes. Built on the server from the URL, so a copied link shows the same.
 */
export interface DetailView {
  /** A short word above the title: "Selected event". */
  label: string;
  title: string;
  /** A line under the title: the dimension's description, "Government · Japan". */
  subtitle?: string | null;
  facts: DetailFact[];
  /** Something the reader must know about this item here, e.g. that the year range hides it. */
  notice?: string | null;
  /** The quotes behind it; null when the detail has no evidence of its own (its parts have). */
  evidence: EvidenceView[] | null;
  /** What new annotations attach to, and the target keys whose annotations it lists. */
  annotations: { target: AnnotationTarget; keys: string[] } | null;
  previous: string | null;
  next: string | null;
  closeHref: string;
  /** The control that opened it, given the focus back when the panel closes. */
  returnFocus?: string;
  /** The dataset fact it shows: links to its history and edit form, and its reviewed mark. */
  factRef?: FactRef | null;
}

/** A fact only when it has a value. */
export const fact = (
  key: string,
  label: string,
  value: string | null | undefined,
  strong = false,
): DetailFact[] => (value ? [{ key, label, value, strong }] : []);
