"use client";

import { useTranslations } from "next-intl";
import { SOURCE_KINDS, SOURCE_LANGUAGES, type SourceFormValues } from "@/lib/views/sourcing/form";

type Field = keyof SourceFormValues;

/** The metadata of a source: titles, author, publisher, date, language, kind, link, licence, summaries. */
export function SourceFields({
  values,
  onChange,
  withKey,
}: {
  values: SourceFormValues;
  onChange: (field: Field, value: string) => void;
  withKey: boolean;
}) {
  const t = useTranslations("sourcing.fields");
  const kinds = useTranslations("sources.kinds");
  const languages = useTranslations("sources.languages");
  const text = (field: Field, opts: { required?: boolean; type?: string; lang?: string } = {}) => (
    <label className={`field field-${field}`}>
      <span>
        {t(field)}
        {opts.required && <span aria-hidden="true"> *</span>}
      </span>
      <input
        name={field}
        type={opts.type ?? "text"}
        lang={opts.lang}
        value={values[field]}
        required={opts.required}
        onChange={(e) => onChange(field, e.target.value)}
      />
    </label>
  );
  const area = (field: Field, lang: string) => (
    <label className={`field field-${field} wide`}>
      <span>{t(field)}</span>
      <textarea
        name={field}
        lang={lang}
        rows={3}
        value={values[field]}
        onChange={(e) => onChange(field, e.target.value)}
      />
    </label>
  );
  return (
    <fieldset className="source-fields">
      <legend>{t("legend")}</legend>
      {text("titleZh", { required: true, lang: "zh-CN" })}
      {text("titleEn", { required: true, lang: "en" })}
      {text("author", { required: true })}
      {text("authorEn", { lang: "en" })}
      {text("publisher")}
      <label className="field field-date">
        <span>{t("date")}</span>
        <input
          name="date"
          value={values.date}
          placeholder="2024-05-30"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          title={t("dateHelp")}
          aria-describedby="date-help"
          onChange={(e) => onChange("date", e.target.value)}
        />
        <small id="date-help" className="muted">
          {t("dateHelp")}
        </small>
      </label>
      <label className="field">
        <span>{t("language")}</span>
        <select
          name="language"
          value={values.language}
          onChange={(e) => onChange("language", e.target.value)}
        >
          {SOURCE_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languages(l)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("kind")}</span>
        <select name="kind" value={values.kind} onChange={(e) => onChange("kind", e.target.value)}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </label>
      {text("url", { type: "url" })}
      {text("licence")}
      {area("summaryZh", "zh-CN")}
      {area("summaryEn", "en")}
      {withKey && (
        <label className="field field-key wide">
          <span>{t("key")}</span>
          <input
            name="key"
            value={values.key}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            aria-describedby="key-help"
            onChange={(e) => onChange("key", e.target.value)}
          />
          <small id="key-help" className="muted">
            {t("keyHelp")}
          </small>
        </label>
      )}
    </fieldset>
  );
}
