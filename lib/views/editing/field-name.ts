import type { Lang } from "@/lib/i18n/lang";
import { MESSAGES } from "@/lib/i18n/messages";
import { translateKey } from "@/lib/i18n/translator";

// A fact's field as readers call it: "summaryEn" is "Summary (English)"; a path such as
// `roles.0.roleZh` is named by its last field. Unknown names stay as they are.

export function fieldName(path: string, lang: Lang): string {
  const field =
    path
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? path;
  const names: Record<string, string> = MESSAGES[lang].editing.fields;
  const twin = field.match(/^(.+)(Zh|En)$/);
  if (twin && Object.hasOwn(names, twin[1]))
    return translateKey(lang, "editing.fieldIn", {
      field: names[twin[1]],
      language: translateKey(lang, `editing.columns.${twin[2] === "Zh" ? "zh" : "en"}`),
    });
  return Object.hasOwn(names, field) ? names[field] : field;
}
