// The part of the `jsonld` package (JavaScript, without types) that the tests use.
declare module "jsonld" {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    /** Throw on anything expansion would drop (a term without a mapping, an invalid value). */
    safe?: boolean;
    processingMode?: "json-ld-1.0" | "json-ld-1.1";
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]>;
    compact(input: unknown, context: unknown, options?: Options): Promise<Record<string, unknown>>;
  };
  export default jsonld;
}
