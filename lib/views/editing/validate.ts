import { SCHEMA_OF, type Entity, type FactValue } from "@/lib/curation/facts";
import { zodProblem } from "@/lib/errors/zod";
import type { Lang } from "@/lib/i18n/lang";

// What is wrong with a fact, by field path (`summaryEn`, `citations`, `roles.0.roleZh`), in the
// reader's language: the browser checks with the same schema the server applies.

export type FieldErrors = Record<string, string[]>;

function add(errors: FieldErrors, field: string, message: string) {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

export function checkFact(entity: Entity, fact: FactValue, lang: Lang): FieldErrors {
  const parsed = SCHEMA_OF[entity].safeParse(fact);
  const errors: FieldErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues)
    add(errors, issue.path.map(String).join("."), zodProblem(issue, lang));
  return errors;
}

/** The server's problems with one fact (`error.problems` of POST /api/v1/draft), by field. */
export function problemsByField(
  problems: readonly { factKey: string | null; field: string; message: string }[],
  factKey: string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems)
    if (p.factKey === null || p.factKey === factKey) add(errors, p.field, p.message);
  return errors;
}

/** The errors at a field and below it (`citations` holds `citations.0.quote`). */
export function errorsUnder(errors: FieldErrors, field: string): string[] {
  return Object.entries(errors).flatMap(([path, messages]) =>
    path === field || path.startsWith(`${field}.`) ? messages : [],
  );
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
