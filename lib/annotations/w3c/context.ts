// The JSON-LD context of the W3C Web Annotation export (https://www.w3.org/TR/annotation-model/)
// and the media type it is served with.

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNO_MEDIA_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

/** Our own terms (`scc:target`, `scc:status`…): what the W3C model has no word for. */
export const SCC = "https://smart-city-compare.local/ns#";

export const CONTEXT = [
  ANNO_CONTEXT,
  // "@json" is JSON-LD 1.1: a 1.0 processor must refuse the document rather than misread it.
  { "@version": 1.1, scc: SCC, "scc:target": { "@id": `${SCC}target`, "@type": "@json" } },
];
