"use client";

import { useLocale, useTranslations } from "next-intl";
import { parseLang } from "@/lib/i18n/lang";
import type { Messages } from "@/lib/i18n/messages";
import type { FactValue } from "@/lib/curation/facts";
import { enumLabel, type FieldSpec } from "@/lib/views/editing/fields";
import type { EditOptions } from "@/lib/views/editing/options";
import type { FieldErrors } from "@/lib/views/editing/validate";
import { FieldErrorList } from "./field-errors";
import { TwinInputs } from "./twin-inputs";

type Simple = Exclude<FieldSpec, { kind: "citations" | "roles" | "scale" }>;

type Field = keyof Messages["editing"]["fields"];

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** One row of the edit form: a label, the control, and what is wrong with it. */
export function FieldRow({
  spec,
  form,
  set,
  errors,
  options,
  isNew,
}: {
  spec: Simple;
  form: FactValue;
  set: (field: string, value: unknown) => void;
  errors: FieldErrors;
  options: EditOptions;
  isNew: boolean;
}) {
  const t = useTranslations("editing");
  const lang = parseLang(useLocale()) ?? "zh";
  if (spec.kind === "pair")
    return (
      <TwinInputs
        label={t(`fields.${spec.name as Field}`)}
        optional={spec.optional}
        multiline={spec.multiline}
        zh={str(form[`${spec.name}Zh`])}
        en={str(form[`${spec.name}En`])}
        onChange={(lang, value) => set(`${spec.name}${lang === "zh" ? "Zh" : "En"}`, value)}
        errors={{ zh: errors[`${spec.name}Zh`], en: errors[`${spec.name}En`] }}
        name={spec.name}
      />
    );
  if (spec.kind === "ongoing")
    return (
      <div className="edit-row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.ongoing === true}
            onChange={(e) => set("ongoing", e.target.checked)}
          />{" "}
          {t("fields.ongoing")}
        </label>
        <FieldErrorList messages={errors.ongoing} />
      </div>
    );
  const name = spec.kind === "level" ? "level" : spec.name;
  const id = `field-${name}`;
  const choices = (ref: keyof Pick<EditOptions, "countries" | "dimensions" | "indicators">) =>
    options[ref].map((c) => (
      <option key={c.key} value={c.key}>
        {c.label}
      </option>
    ));
  let control;
  if (spec.kind === "key" && spec.ref)
    control = (
      <select
        id={id}
        value={str(form[name])}
        disabled={!isNew}
        onChange={(e) => set(name, e.target.value)}
      >
        <option value="">{t("choose")}</option>
        {choices(spec.ref)}
      </select>
    );
  else if (spec.kind === "key")
    control = (
      <input
        id={id}
        value={str(form[name])}
        readOnly={!isNew}
        spellCheck={false}
        placeholder={name === "key" ? t(`keyHint`) : undefined}
        onChange={(e) => set(name, e.target.value)}
      />
    );
  else if (spec.kind === "ref")
    control = (
      <select id={id} value={str(form[name])} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t("choose")}</option>
        {choices(spec.ref)}
      </select>
    );
  else if (spec.kind === "refs") {
    const chosen = new Set((form[name] as string[] | undefined) ?? []);
    control = (
      <fieldset id={id} className="edit-checks">
        <legend className="sr-only">{t(`fields.${name as Field}`)}</legend>
        {options[spec.ref].map((c) => (
          <label key={c.key} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(c.key)}
              onChange={(e) =>
                set(
                  name,
                  options[spec.ref]
                    .map((o) => o.key)
                    .filter((k) => (k === c.key ? e.target.checked : chosen.has(k))),
                )
              }
            />{" "}
            {c.label}
          </label>
        ))}
      </fieldset>
    );
  } else if (spec.kind === "enum")
    control = (
      <select id={id} value={str(form[name])} onChange={(e) => set(name, e.target.value)}>
        <option value="">{t("choose")}</option>
        {spec.values.map((v) => (
          <option key={v} value={v}>
            {enumLabel(name, v, lang)}
          </option>
        ))}
      </select>
    );
  else if (spec.kind === "level") {
    const scale = options.dimensions.find((d) => d.key === form.dimension)?.scale ?? [];
    control = (
      <select id={id} value={str(form.level)} onChange={(e) => set("level", e.target.value)}>
        <option value="">{scale.length ? t("noLevel") : t("noScale")}</option>
        {scale.map((s) => (
          <option key={s.level} value={String(s.level)}>
            {t("levelOption", { level: s.level, label: s.label })}
          </option>
        ))}
        {str(form.level) !== "" && !scale.some((s) => String(s.level) === str(form.level)) && (
          <option value={str(form.level)}>{str(form.level)}</option>
        )}
      </select>
    );
  } else
    control = (
      <input
        id={id}
        inputMode={spec.kind === "number" ? "decimal" : "numeric"}
        value={str(form[name])}
        placeholder={spec.kind === "date" ? t("dateHint") : undefined}
        onChange={(e) => set(name, e.target.value)}
      />
    );
  const optional = "optional" in spec && spec.optional;
  return (
    <div className="edit-row" data-field={name}>
      {spec.kind === "refs" ? (
        <span className="edit-label">{t(`fields.${name as Field}`)}</span>
      ) : (
        <label className="edit-label" htmlFor={id}>
          {t(`fields.${name as Field}`)}
          {(optional || spec.kind === "level") && <span className="muted"> {t("optional")}</span>}
        </label>
      )}
      {control}
      {spec.kind === "key" && !isNew && <p className="muted edit-hint">{t("keyFixed")}</p>}
      <FieldErrorList messages={errors[name]} />
    </div>
  );
}
