import Ajv2020 from "ajv/dist/2020";
import { MODEL_SCHEMA } from "./model-schema";

// strictRequired off: "not: { required: [...] }" names keys defined beside it, which strict mode cannot see.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
ajv.addSchema(MODEL_SCHEMA);

type Kind = "annotation" | "annotationDocument" | "page" | "pageDocument" | "collection";

/** The MUST rules a document breaks, as readable lines (JSON pointer: message); none when it conforms. */
export function modelErrors(kind: Kind, doc: unknown): string[] {
  const validate = ajv.getSchema(`${MODEL_SCHEMA.$id}#/$defs/${kind}`)!;
  return validate(doc)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}`);
}
