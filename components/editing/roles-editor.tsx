"use client";

import { useTranslations } from "next-intl";
import type { Citation } from "@/lib/dataset/schema";
import type { EditOptions } from "@/lib/views/editing/options";
import type { FieldErrors } from "@/lib/views/editing/validate";
import { CitationsEditor } from "./citations-editor";
import { FieldErrorList } from "./field-errors";
import { TwinInputs } from "./twin-inputs";

interface Role {
  dimension: string;
  roleZh: string;
  roleEn: string;
  citations: Citation[];
}

/** An actor's roles, one per dimension, each with the citations that give it. */
export function RolesEditor({
  value,
  onChange,
  errors,
  options,
  lang,
}: {
  value: Role[];
  onChange: (next: Role[]) => void;
  errors: FieldErrors;
  options: EditOptions;
  lang: "zh" | "en";
}) {
  const t = useTranslations("editing");
  const update = (i: number, role: Partial<Role>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...role } : r)));
  return (
    <fieldset className="edit-row edit-roles" data-field="roles">
      <legend className="edit-label">{t("fields.roles")}</legend>
      <FieldErrorList messages={errors.roles} />
      {value.map((role, i) => (
        <section key={i} className="edit-role card">
          <div className="edit-row">
            <label className="edit-label" htmlFor={`role-${i}-dimension`}>
              {t("fields.dimension")}
            </label>
            <select
              id={`role-${i}-dimension`}
              value={role.dimension}
              onChange={(e) => update(i, { dimension: e.target.value })}
            >
              <option value="">{t("choose")}</option>
              {options.dimensions.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.label}
                </option>
              ))}
            </select>
            <FieldErrorList messages={errors[`roles.${i}.dimension`]} />
          </div>
          <TwinInputs
            label={t("fields.role")}
            name={`roles.${i}.role`}
            multiline
            zh={role.roleZh}
            en={role.roleEn}
            onChange={(l, v) => update(i, l === "zh" ? { roleZh: v } : { roleEn: v })}
            errors={{ zh: errors[`roles.${i}.roleZh`], en: errors[`roles.${i}.roleEn`] }}
          />
          <CitationsEditor
            value={role.citations}
            onChange={(citations) => update(i, { citations })}
            errors={errors}
            path={`roles.${i}.citations`}
            sources={options.sources}
            lang={lang}
          />
          <button
            type="button"
            className="link-button danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t("removeRole")}
          </button>
        </section>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange([...value, { dimension: "", roleZh: "", roleEn: "", citations: [] }])
          }
        >
          {t("addRole")}
        </button>
      </div>
    </fieldset>
  );
}
