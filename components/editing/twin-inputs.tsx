"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FieldErrorList } from "./field-errors";

/** A bilingual field: Chinese and English side by side (stacked on a phone), each with its errors. */
export function TwinInputs({
  label,
  name,
  zh,
  en,
  onChange,
  errors,
  multiline = false,
  optional = false,
}: {
  label: string;
  name: string;
  zh: string;
  en: string;
  onChange: (lang: "zh" | "en", value: string) => void;
  errors: { zh?: readonly string[]; en?: readonly string[] };
  multiline?: boolean;
  optional?: boolean;
}) {
  const t = useTranslations("editing");
  const id = useId();
  const input = (lang: "zh" | "en", value: string) => {
    const props = {
      id: `${id}-${lang}`,
      value,
      lang: lang === "zh" ? "zh-CN" : "en",
      onChange: (e: { target: { value: string } }) => onChange(lang, e.target.value),
    };
    return multiline ? <textarea rows={4} {...props} /> : <input {...props} />;
  };
  return (
    <fieldset className="edit-row edit-twin" data-field={name}>
      <legend className="edit-label">
        {label}
        {optional && <span className="muted"> {t("optionalPair")}</span>}
      </legend>
      {(["zh", "en"] as const).map((lang) => (
        <div key={lang} className="edit-twin-col">
          <label htmlFor={`${id}-${lang}`} className="edit-lang">
            {t(`columns.${lang}`)}
          </label>
          {input(lang, lang === "zh" ? zh : en)}
          <FieldErrorList messages={errors[lang]} />
        </div>
      ))}
    </fieldset>
  );
}
