import type { AnnotationView } from "../types";
import { CONTEXT } from "./context";
import { nickname, textLanguage } from "./language";
import { w3cTargets, type Site } from "./target";

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
    body: [
      {
        type: "TextualBody",
        value: a.body,
        format: "text/markdown",
        language: textLanguage(a.body),
        purpose: a.parentId ? "replying" : "commenting",
      },
      ...a.tags.map((tag) => ({
        type: "TextualBody",
        value: tag,
        language: textLanguage(tag),
        purpose: "tagging",
      })),
    ],
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
