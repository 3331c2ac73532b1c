import jsonld, { type Options } from "jsonld";
import annoContext from "./fixtures/w3c/anno-context.json";

export const ANNO_CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld";

/** A document loader that works offline: the Web Annotation context from a local copy, nothing else. */
export async function offlineLoader(url: string) {
  if (url !== ANNO_CONTEXT_URL) throw new Error(`No network in tests: ${url}`);
  return { contextUrl: null, documentUrl: url, document: annoContext };
}

/**
 * Expands a document as a JSON-LD 1.1 processor does, in safe mode: a key or value that would be
 * dropped (a term with no mapping, a malformed value) throws instead of vanishing.
 */
export const expandStrictly = (doc: unknown, options: Options = {}) =>
  jsonld.expand(doc, { documentLoader: offlineLoader, safe: true, ...options });
