import type { Dataset } from "@/lib/dataset/schema";
import { findSource } from "@/lib/dataset/sources";
import { anchorPassage, type AnnotationTarget } from "../targets";
import { SCC } from "./context";
import { codePointOffset } from "./offsets";
import { keyFragment, targetPermalink } from "./permalink";

/** What the export writes IRIs and selectors from: the site's public origin and the published data. */
export interface Site {
  base: string;
  data: Dataset;
}

/**
 * An annotation's targets in the W3C model: one target as itself, several as an array (the model
 * allows any number: a note on a fact and the passage behind it, or on two facts it compares).
 */
export function w3cTargets(targets: AnnotationTarget[], parentId: string | null, site: Site) {
  if (parentId || targets.length === 1) return w3cTarget(targets[0]!, parentId, site);
  return targets.map((t) => w3cTarget(t, null, site));
}

/**
 * A target in the W3C model, readable without our extension (which keeps the target as stored, in
 * `scc:target`, for round trips). A reply's target is the annotation it answers. A whole view is
 * the page at its IRI. A fact (an assessment, an event, a figure, an actor) or a range of years is
 * a SpecificResource: the view that reads it in full (its permalink) with a FragmentSelector naming
 * it by its target key, the same key every chart that draws it carries (docs/api.md), and the IRI of that fragment as its id. A source passage
 * is the source with its TextQuoteSelector and TextPositionSelector, its id the passage's
 * permalink.
 */
export function w3cTarget(t: AnnotationTarget, parentId: string | null, { base, data }: Site) {
  if (parentId) return `${base}/api/v1/annotations/${parentId}`;
  if (t.kind === "view")
    return { id: `${base}${t.path}`, type: "Text", format: "text/html", "scc:target": t };
  if (t.kind === "source-passage") {
    const at = anchorPassage(t, data);
    const [, stored] = t.selector;
    // Where the page shows it: where the quote stands now, else (lost) where it stood.
    const shown =
      at.start !== undefined && at.end !== undefined ? { start: at.start, end: at.end } : stored;
    return {
      id: `${base}${targetPermalink(t, data, shown)}`,
      type: "SpecificResource",
      source: `${base}/sources/${t.source}`,
      selector: passageSelector(t, data, at),
      "scc:target": t,
    };
  }
  const view = `${base}${targetPermalink(t, data)}`;
  const fragment = keyFragment(t);
  return {
    id: `${view}#${fragment}`,
    type: "SpecificResource",
    source: view,
    selector: { type: "FragmentSelector", value: fragment, conformsTo: `${SCC}targetKey` },
    "scc:target": t,
  };
}

/**
 * A passage's selectors against the source text the source IRI serves now: the quote, and its
 * position in code points where the quote still stands (at its offsets or moved, see
 * anchorPassage). A passage whose text was rewritten keeps only its quote.
 */
function passageSelector(
  t: Extract<AnnotationTarget, { kind: "source-passage" }>,
  data: Site["data"],
  at: ReturnType<typeof anchorPassage>,
) {
  const [quote] = t.selector;
  const source = findSource(data, t.source);
  if (!source || at.start === undefined || at.end === undefined) return quote;
  return [
    quote,
    {
      type: "TextPositionSelector",
      start: codePointOffset(source, at.start),
      end: codePointOffset(source, at.end),
    },
  ];
}
