// A JSON Schema (draft 2020-12) of the MUST rules of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/, §3 annotations, bodies and targets, §4 specific
// resources and selectors, §5 collections and pages), written from the specification for the
// export's conformance tests. Where a rule is a SHOULD it is said so and left out, except that a
// SpecificResource must refine its source (selector, state, purpose, styleClass, renderedVia or
// scope): without one, the W3C test suite cannot recognise it, and a reader cannot tell what was
// annotated. What a schema cannot see (code point offsets, the last page having no next) the
// tests check themselves.

const ANNO = "http://www.w3.org/ns/anno.jsonld";
const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];
/** One value, or an array of one or more (the model's "1 or more"). */
const oneOrMore = (schema: object) => ({
  anyOf: [schema, { type: "array", minItems: 1, items: schema }],
});
/** A type value, alone or among others. */
const typed = (name: string) => ({
  anyOf: [{ const: name }, { type: "array", contains: { const: name } }],
});
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

export const MODEL_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://smart-city-compare.local/schemas/w3c-annotation-model",
  $defs: {
    // An absolute IRI (RFC 3987): a scheme, no white space or characters IRIs exclude.
    iri: { type: "string", pattern: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>"{}|\\\\^`]+$' },
    // §3.3.1: created, modified and generated MUST be xsd:dateTime (the time zone is a SHOULD,
    // and the export always gives it).
    dateTime: {
      type: "string",
      pattern: "^-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$",
    },
    nonNegativeInteger: { type: "integer", minimum: 0 },
    motivation: { enum: MOTIVATIONS },
    // §3.1, §5: @context MUST include the anno.jsonld context; a single value MUST be a string.
    context: {
      anyOf: [{ const: ANNO }, { type: "array", minItems: 2, contains: { const: ANNO } }],
    },
    // §3.3.2 Agents: at most one IRI; one nickname at most.
    agent: {
      anyOf: [
        ref("iri"),
        {
          type: "object",
          properties: {
            id: ref("iri"),
            type: oneOrMore({ enum: ["Person", "Organization", "Software"] }),
            name: oneOrMore({ type: "string" }),
            nickname: { type: "string" },
            email: oneOrMore(ref("iri")),
            homepage: oneOrMore(ref("iri")),
          },
        },
      ],
    },
    // §3.2.4 Embedded Textual Body: exactly one value; purposes from the model's list (§3.3.5).
    textualBody: {
      type: "object",
      required: ["type", "value"],
      properties: {
        id: ref("iri"),
        type: typed("TextualBody"),
        value: { type: "string" },
        format: oneOrMore({ type: "string" }),
        // BCP 47 (a primary tag such as zh, en or und, then subtags).
        language: oneOrMore({ type: "string", pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$" }),
        purpose: oneOrMore(ref("motivation")),
        creator: oneOrMore(ref("agent")),
        created: ref("dateTime"),
        modified: ref("dateTime"),
      },
    },
    // §3.2.1 External Web Resource: exactly one IRI.
    externalResource: {
      type: "object",
      required: ["id"],
      properties: {
        id: ref("iri"),
        type: oneOrMore({ enum: ["Dataset", "Image", "Video", "Sound", "Text"] }),
        format: oneOrMore({ type: "string" }),
        language: oneOrMore({ type: "string" }),
      },
      not: { anyOf: [{ required: ["source"] }, { required: ["value"] }] },
    },
    // §4.2 Selectors the export writes, with their MUSTs.
    selector: {
      anyOf: [
        ref("iri"),
        {
          type: "object",
          required: ["type", "value"],
          properties: {
            type: { const: "FragmentSelector" },
            value: { type: "string", minLength: 1 },
            conformsTo: ref("iri"),
          },
        },
        {
          type: "object",
          required: ["type", "exact"],
          properties: {
            type: { const: "TextQuoteSelector" },
            exact: { type: "string", minLength: 1 },
            prefix: { type: "string" },
            suffix: { type: "string" },
          },
        },
        {
          type: "object",
          required: ["type", "start", "end"],
          properties: {
            type: { const: "TextPositionSelector" },
            start: ref("nonNegativeInteger"),
            end: ref("nonNegativeInteger"),
          },
        },
      ],
    },
    // §4 Specific Resource: exactly one source, and something that says which part of it.
    specificResource: {
      type: "object",
      required: ["type", "source"],
      properties: {
        id: ref("iri"),
        type: typed("SpecificResource"),
        source: { anyOf: [ref("iri"), ref("externalResource")] },
        selector: oneOrMore(ref("selector")),
        purpose: oneOrMore(ref("motivation")),
      },
      anyOf: ["selector", "state", "purpose", "styleClass", "renderedVia", "scope"].map((k) => ({
        required: [k],
      })),
    },
    // §3.2: a body or target is an IRI, an external resource, a textual body or a specific resource.
    resource: {
      anyOf: [ref("iri"), ref("externalResource"), ref("specificResource"), ref("textualBody")],
    },
    // §3.1 Annotation: exactly one IRI, the Annotation type, one or more targets; §3.2.5 never
    // both body and bodyValue.
    annotation: {
      type: "object",
      required: ["id", "type", "target"],
      properties: {
        "@context": ref("context"),
        id: ref("iri"),
        type: typed("Annotation"),
        body: oneOrMore(ref("resource")),
        bodyValue: { type: "string" },
        target: oneOrMore(ref("resource")),
        motivation: oneOrMore(ref("motivation")),
        creator: oneOrMore(ref("agent")),
        created: ref("dateTime"),
        modified: ref("dateTime"),
        generated: ref("dateTime"),
        canonical: ref("iri"),
        via: oneOrMore(ref("iri")),
        rights: oneOrMore(ref("iri")),
      },
      not: { required: ["body", "bodyValue"] },
    },
    /** An annotation served on its own (its IRI dereferenced): with its @context. */
    annotationDocument: { allOf: [ref("annotation"), { type: "object", required: ["@context"] }] },
    // §5.2 Annotation Page: exactly one IRI, one or more items (a page is never empty); partOf,
    // next and prev at most one each.
    page: {
      type: "object",
      required: ["id", "type", "items"],
      properties: {
        "@context": ref("context"),
        id: ref("iri"),
        type: typed("AnnotationPage"),
        partOf: {
          anyOf: [
            ref("iri"),
            {
              type: "object",
              required: ["id"],
              properties: {
                id: ref("iri"),
                label: oneOrMore({ type: "string" }),
                total: ref("nonNegativeInteger"),
              },
            },
          ],
        },
        items: { type: "array", minItems: 1, items: ref("annotation") },
        next: ref("iri"),
        prev: ref("iri"),
        startIndex: ref("nonNegativeInteger"),
      },
    },
    pageDocument: { allOf: [ref("page"), { type: "object", required: ["@context"] }] },
    // §5.1 Annotation Collection: exactly one IRI; a first page when it holds any annotation
    // (and none when it holds none: a page is never empty), given embedded or as an IRI; the
    // last page as an IRI.
    collection: {
      type: "object",
      required: ["@context", "id", "type"],
      properties: {
        "@context": ref("context"),
        id: ref("iri"),
        type: typed("AnnotationCollection"),
        label: oneOrMore({ type: "string" }),
        total: ref("nonNegativeInteger"),
        first: { anyOf: [ref("iri"), ref("page")] },
        last: ref("iri"),
      },
      if: { required: ["total"], properties: { total: { const: 0 } } },
      then: { not: { anyOf: [{ required: ["first"] }, { required: ["last"] }] } },
      else: { required: ["first"] },
    },
  },
};
