import { getTranslations } from "next-intl/server";
import type { ShownField } from "@/lib/views/history/fact-history";

/** Field by field, the old value struck out and the new one beside it. */
export async function FieldDiffList({
  fields,
  added,
  removed,
}: {
  fields: readonly ShownField[];
  added: readonly string[];
  removed: readonly string[];
}) {
  const t = await getTranslations("history.fact");
  return (
    <div className="field-diffs">
      {fields.map((f) => (
        <div key={f.field} className="field-diff" data-field={f.field}>
          <span className="field-name">{f.label}</span>
          {f.before !== null && (
            <del>
              <span className="sr-only">{t("before")}: </span>
              {f.before}
            </del>
          )}
          {f.after !== null ? (
            <ins>
              <span className="sr-only">{t("after")}: </span>
              {f.after}
            </ins>
          ) : (
            <span className="muted">{t("removed")}</span>
          )}
        </div>
      ))}
      {(added.length > 0 || removed.length > 0) && (
        <div className="field-diff" data-field="citations">
          <span className="field-name">{t("fields.citations")}</span>
          {removed.map((c) => (
            <del key={`-${c}`}>
              <span className="sr-only">{t("citationRemoved")}: </span>
              {c}
            </del>
          ))}
          {added.map((c) => (
            <ins key={`+${c}`}>
              <span className="sr-only">{t("citationAdded")}: </span>
              {c}
            </ins>
          ))}
        </div>
      )}
    </div>
  );
}
