import "server-only";
import { z } from "zod";
import { expandTitle } from "@/lib/curation/source-input";
import { AppError, badRequest } from "@/lib/errors/app-error";
import type { NewSourceText } from "@/lib/queries/sources";
import { extractPasted, extractSource, MAX_SOURCE_BYTES } from "@/lib/sources/extract";
import { readJson } from "./body";

// A source arrives as multipart/form-data (`file`, or `text`, plus metadata fields) or as JSON
// (`text` plus metadata). Either way the answer is its metadata, checked by `schema`, and its
// extracted text; a bad file is refused before anything is stored.

/** Room for the metadata beside the largest file. */
const MAX_BODY = MAX_SOURCE_BYTES + 256 * 1024;

const withText = z.looseObject({ text: z.string().max(MAX_SOURCE_BYTES).optional() });

function pasted(text: string): NewSourceText {
  const extracted = extractPasted(text);
  return { text: extracted.text, format: extracted.format };
}

export async function readSourceUpload<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ meta: z.infer<S>; source: NewSourceText }> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY)
    throw new AppError("too_large", "sourceFile.tooLarge", {
      limit: MAX_SOURCE_BYTES / 1024 / 1024,
    });
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const { text, ...fields } = await readJson(request, withText, { maxBytes: MAX_BODY });
    if (text === undefined) throw badRequest("sourceFile.noFile");
    const meta = schema.parse(expandTitle(fields));
    return { meta, source: pasted(text) };
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest("sourceFile.badForm");
  }
  const file = form.get("file");
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries())
    if (name !== "file" && name !== "text" && typeof value === "string") fields[name] = value;
  const meta = schema.parse(expandTitle(fields));
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
    const text = form.get("text");
    if (typeof text !== "string") throw badRequest("sourceFile.noFile");
    return { meta, source: pasted(text) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const extracted = await extractSource({ bytes, filename: file.name, mediaType: file.type });
  return {
    meta,
    source: {
      text: extracted.text,
      format: extracted.format,
      original: { filename: file.name, mediaType: extracted.mediaType, bytes },
    },
  };
}
