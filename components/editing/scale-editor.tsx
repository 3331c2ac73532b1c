"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/views/editing/validate";
import { FieldErrorList } from "./field-errors";
import { TwinInputs } from "./twin-inputs";

interface Level {
  level: string;
  labelZh: string;
  labelEn: string;
  rubricZh: string;
  rubricEn: string;
}

/** A dimension's scale: its levels, each with a label and a rubric in both languages. */
export function ScaleEditor({
  value,
  onChange,
  errors,
}: {
  value: Level[];
  onChange: (next: Level[]) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations("editing");
  const update = (i: number, level: Partial<Level>) =>
    onChange(value.map((l, j) => (j === i ? { ...l, ...level } : l)));
  const next = String(Math.max(0, ...value.map((l) => Number(l.level) || 0)) + 1);
  return (
    <fieldset className="edit-row edit-scale" data-field="scale">
      <legend className="edit-label">
        {t("fields.scale")} <span className="muted">{t("optional")}</span>
      </legend>
      <FieldErrorList messages={errors.scale} />
      {value.map((level, i) => (
        <section key={i} className="edit-role card">
          <div className="edit-row">
            <label className="edit-label" htmlFor={`scale-${i}-level`}>
              {t("fields.level")}
            </label>
            <input
              id={`scale-${i}-level`}
              inputMode="numeric"
              className="edit-narrow"
              value={level.level}
              onChange={(e) => update(i, { level: e.target.value })}
            />
            <FieldErrorList messages={errors[`scale.${i}.level`]} />
          </div>
          <TwinInputs
            label={t("fields.label")}
            name={`scale.${i}.label`}
            zh={level.labelZh}
            en={level.labelEn}
            onChange={(l, v) => update(i, l === "zh" ? { labelZh: v } : { labelEn: v })}
            errors={{ zh: errors[`scale.${i}.labelZh`], en: errors[`scale.${i}.labelEn`] }}
          />
          <TwinInputs
            label={t("fields.rubric")}
            name={`scale.${i}.rubric`}
            multiline
            zh={level.rubricZh}
            en={level.rubricEn}
            onChange={(l, v) => update(i, l === "zh" ? { rubricZh: v } : { rubricEn: v })}
            errors={{ zh: errors[`scale.${i}.rubricZh`], en: errors[`scale.${i}.rubricEn`] }}
          />
          <button
            type="button"
            className="link-button danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t("removeLevel")}
          </button>
        </section>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange([
              ...value,
              { level: next, labelZh: "", labelEn: "", rubricZh: "", rubricEn: "" },
            ])
          }
        >
          {t("addLevel")}
        </button>
      </div>
    </fieldset>
  );
}
