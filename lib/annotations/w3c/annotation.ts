import type { AnnotationView } from "../types";
import { CONTEXT } from "./context";
import { nickname, textLanguage } from "./language";
import { w3cTargets, type Site } from "./target";

/**
 * A body of an exported annotation: the note's text, a tag, or a mention. A mention is a
 * SpecificResource with purpose `tagging` whose source is the user's IRI (the model lets a
 * tagging body be a resource, not only text), so it names the person, not a string.
 */
export interface W3cBody {
  type: "TextualBody" | "SpecificResource";
  purpose: "commenting" | "replying" | "tagging";
  value?: string;
  format?: string;
  language?: string;
  source?: string;
}

/** The note's text, then its tags, then its mentions. */
function w3cBodies(a: AnnotationView, base: string): W3cBody[] {
  const purpose = a.parentId ? "replying" : "commenting";
  return [
    {
      type: "TextualBody",
      value: a.body,
      format: "text/markdown",
      language: textLanguage(a.body),
      purpose,
    },
    ...a.tags.map((tag): W3cBody => ({
      type: "TextualBody",
      value: tag,
      language: textLanguage(tag),
      purpose: "tagging",
    })),
    ...a.mentions.map((m): W3cBody => ({
      type: "SpecificResource",
      purpose: "tagging",
      source: `${base}/users/${m.id}`,
    })),
  ];
}

/** One annotation in the W3C model, without its @context (a collection's items share the page's). */
export function w3cAnnotation(a: AnnotationView, site: Site) {
  const { base } = site;
  return {
    id: `${base}/api/v1/annotations/${a.id}`,
    type: "Annotation",
    motivation: a.parentId ? "replying" : "commenting",
    created: a.createdAt,
    modified: a.updatedAt,
    creator: {
      id: `${base}/users/${a.author.id}`,
      type: "Person",
      name: a.author.name,
      nickname: nickname(a.author.name),
    },
    body: w3cBodies(a, base),
    target: w3cTargets(a.targets, a.parentId, site),
    "scc:status": a.status,
    "scc:visibility": a.visibility,
    "scc:version": a.version,
  };
}

/** One annotation as a document of its own: what its IRI answers with Accept: application/ld+json. */
export const w3cAnnotationDocument = (a: AnnotationView, site: Site) => ({
  "@context": CONTEXT,
  ...w3cAnnotation(a, site),
});
