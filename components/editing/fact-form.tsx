"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useApi } from "@/components/use-api";
import { factKeyOf, type Entity, type FactValue } from "@/lib/curation/facts";
import type { Citation } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { fieldName } from "@/lib/views/editing/field-name";
import { FORM } from "@/lib/views/editing/fields";
import { changeOf, toFact } from "@/lib/views/editing/form";
import type { EditOptions } from "@/lib/views/editing/options";
import {
  checkFact,
  hasErrors,
  problemsByField,
  type FieldErrors,
} from "@/lib/views/editing/validate";
import { CitationsEditor } from "./citations-editor";
import { FieldRow } from "./field-row";
import { RolesEditor } from "./roles-editor";
import { ScaleEditor } from "./scale-editor";

type Problem = { factKey: string | null; field: string; message: string };

/**
 * The edit form of one fact. It checks the fact with the dataset's schema before sending, then puts
 * the change in the user's draft; the server's problems come back next to their fields.
 */
export function FactForm({
  entity,
  lang,
  initial,
  original,
  keyEditable,
  options,
}: {
  entity: Entity;
  lang: Lang;
  initial: FactValue;
  /** the fact as published: an update is computed against it; null for a new fact */
  original: FactValue | null;
  keyEditable: boolean;
  options: EditOptions;
}) {
  const t = useTranslations("editing");
  const api = useApi();
  const router = useRouter();
  const [form, setForm] = useState<FactValue>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: string, value: unknown) => {
    setForm((f) => ({ ...f, [field]: value }));
    // What was wrong with a field is stale once it is edited.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== field)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fact = toFact(entity, form);
    const found = checkFact(entity, fact, lang);
    setErrors(found);
    setMessage(hasErrors(found) ? t("fixFields") : null);
    if (hasErrors(found)) return;
    const change = changeOf(entity, fact, original);
    setSaving(true);
    const result = await api<{ draft: { id: string } }>("/api/v1/draft", {
      method: "POST",
      body: { change },
    });
    setSaving(false);
    if (result.ok) return router.push(`/curation/draft?lang=${lang}`);
    const problems = (result.details?.problems as Problem[] | undefined) ?? [];
    setErrors(problemsByField(problems, factKeyOf(entity, change.key)));
    setMessage(result.message);
  };

  const wrong = Object.keys(errors);
  return (
    <form className="edit-form" onSubmit={submit} noValidate data-testid="fact-form">
      {FORM[entity].map((spec) => {
        const id =
          spec.kind === "level" || spec.kind === "ongoing"
            ? spec.kind
            : "name" in spec
              ? spec.name
              : spec.kind;
        if (spec.kind === "citations")
          return (
            <CitationsEditor
              key={id}
              value={(form.citations as Citation[] | undefined) ?? []}
              onChange={(v) => set("citations", v)}
              errors={errors}
              path="citations"
              sources={options.sources}
              lang={lang}
            />
          );
        if (spec.kind === "roles")
          return (
            <RolesEditor
              key={id}
              value={(form.roles as never[] | undefined) ?? []}
              onChange={(v) => set("roles", v)}
              errors={errors}
              options={options}
              lang={lang}
            />
          );
        if (spec.kind === "scale")
          return (
            <ScaleEditor
              key={id}
              value={(form.scale as never[] | undefined) ?? []}
              onChange={(v) => set("scale", v)}
              errors={errors}
            />
          );
        return (
          <FieldRow
            key={id}
            spec={spec}
            form={form}
            set={set}
            errors={errors}
            options={options}
            isNew={keyEditable}
          />
        );
      })}
      {message && (
        <div className="form-error edit-summary" role="alert" data-testid="edit-problems">
          <p>{message}</p>
          {wrong.length > 0 && (
            <ul>
              {wrong.map((path) => (
                <li key={path}>
                  {path ? fieldName(path, lang) : t("wholeFact")}: {errors[path].join("; ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form-actions edit-submit">
        <button type="submit" disabled={saving} data-testid="add-to-draft">
          {saving ? t("saving") : t("addToDraft")}
        </button>
        <span className="muted">{t("addToDraftHint")}</span>
      </div>
    </form>
  );
}
