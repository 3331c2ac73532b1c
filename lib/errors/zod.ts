import type { z } from "zod";
import type { Lang } from "@/lib/i18n/lang";
import { MESSAGES } from "@/lib/i18n/messages";
import { translateKey, type MessageParams } from "@/lib/i18n/translator";

// A zod issue in words, from the catalog (messages/{zh,en}/validation.json). Our schemas name
// their problems by key (`{ error: "email" }`); zod's own issues are named by their code.

type Issue = z.core.$ZodIssue;

const BY_CODE: Record<string, string> = {
  invalid_type: "type",
  too_big: "tooLong",
  too_small: "tooShort",
  invalid_format: "format",
  invalid_value: "oneOf",
  unrecognized_keys: "unknownKeys",
};

function params(issue: Issue): MessageParams {
  const i = issue as Issue & {
    minimum?: number | bigint;
    maximum?: number | bigint;
    values?: unknown[];
    keys?: string[];
    expected?: string;
  };
  const values = (i.values ?? []).map(String);
  return {
    min: String(i.minimum ?? ""),
    max: String(i.maximum ?? ""),
    values,
    roles: values,
    keys: i.keys ?? [],
    expected: String(i.expected ?? ""),
  };
}

/** What is wrong, without naming the field: "must be an email address". */
export function zodProblem(issue: Issue, lang: Lang): string {
  const problems: Record<string, string> = MESSAGES[lang].validation.problems;
  const key = `validation.problems.${Object.hasOwn(problems, issue.message) ? issue.message : (BY_CODE[issue.code] ?? "invalid")}`;
  return translateKey(lang, key, {
    ...params(issue),
    ...(issue as { params?: MessageParams }).params,
  });
}

/** "email: must be an email address", in the reader's language. */
export function zodIssueMessage(issue: Issue, lang: Lang, fallbackField = "value"): string {
  // A refinement may name a whole sentence of errors.json, with its parameters.
  if (issue.message.startsWith("errors."))
    return translateKey(lang, issue.message, (issue as { params?: MessageParams }).params ?? {});
  const path = issue.path.map(String).join(".") || fallbackField;
  const fields: Record<string, string> = MESSAGES[lang].validation.fields;
  const field = Object.hasOwn(fields, path) ? fields[path] : path;
  return translateKey(lang, "validation.issue", { field, problem: zodProblem(issue, lang) });
}
