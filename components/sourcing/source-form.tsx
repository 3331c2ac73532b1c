"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import {
  pastedBody,
  SOURCE_ACCEPT,
  TEXT_FIELDS,
  type SourceFormValues,
} from "@/lib/views/sourcing/form";
import type { ReanchorAnswer } from "@/lib/views/sourcing/reanchor";
import { ReanchorReportView } from "./reanchor-report";
import { SourceFields } from "./source-fields";
import { sendSource } from "./upload";

interface Answer {
  source: { key: string; version: number };
  reanchor?: ReanchorAnswer;
}

/**
 * A new source, or (with `sourceKey`) a new version of one: a file or pasted text, and its
 * metadata. A new source opens once stored; a new version shows how its citations were re-anchored.
 */
export function SourceForm({
  defaults,
  sourceKey,
  factLabels = {},
}: {
  defaults: SourceFormValues;
  sourceKey?: string;
  factLabels?: Record<string, string>;
}) {
  const t = useTranslations("sourcing.form");
  const errors = useTranslations("errors");
  const lang = useLocale() === "en" ? "en" : "zh";
  const router = useRouter();
  const [values, setValues] = useState(defaults);
  const [mode, setMode] = useState<"file" | "paste">("file");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Answer | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let body: FormData | Record<string, string>;
    if (mode === "paste") {
      if (!text.trim()) return setError(t("noText"));
      body = pastedBody(values, text, !sourceKey);
    } else {
      const chosen = file.current?.files?.[0];
      if (!chosen) return setError(errors("sourceFile.noFile"));
      body = new FormData();
      body.set("file", chosen);
      body.set("language", values.language);
      body.set("kind", values.kind);
      for (const f of TEXT_FIELDS) if (values[f].trim()) body.set(f, values[f].trim());
      if (!sourceKey && values.key.trim()) body.set("key", values.key.trim());
    }
    setBusy(true);
    const path = sourceKey
      ? `/api/v1/sources/${encodeURIComponent(sourceKey)}/versions`
      : "/api/v1/sources";
    const result = await sendSource<Answer>(path, lang, body, {
      network: errors("network"),
      unexpected: (status) => errors("unexpected", { status: String(status) }),
    });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    if (sourceKey) {
      setDone(result.data);
      window.scrollTo(0, 0);
    } else router.push(`/sources/${result.data.source.key}?lang=${lang}`);
  };

  if (done)
    return (
      <ReanchorReportView
        sourceKey={done.source.key}
        version={done.source.version}
        answer={done.reanchor ?? null}
        factLabels={factLabels}
      />
    );
  return (
    <form className="source-form card" onSubmit={submit} data-testid="source-form">
      <fieldset className="source-input">
        <legend>{t("text")}</legend>
        <div className="segmented-choice" role="radiogroup">
          <label>
            <input
              type="radio"
              name="mode"
              checked={mode === "file"}
              onChange={() => setMode("file")}
            />
            {t("upload")}
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              checked={mode === "paste"}
              onChange={() => setMode("paste")}
            />
            {t("paste")}
          </label>
        </div>
        {mode === "file" ? (
          <label className="field wide">
            <span>{t("file")}</span>
            <input ref={file} type="file" name="file" accept={SOURCE_ACCEPT} />
            <small className="muted">{t("fileHelp")}</small>
          </label>
        ) : (
          <label className="field wide">
            <span>{t("pasted")}</span>
            <textarea
              name="text"
              rows={10}
              value={text}
              lang={values.language}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
        )}
      </fieldset>
      <SourceFields
        values={values}
        withKey={!sourceKey}
        onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
      />
      {sourceKey && <p className="muted">{t("versionHelp")}</p>}
      {error && (
        <p className="form-error" role="alert" data-testid="source-form-error">
          {error}
        </p>
      )}
      <p>
        <button type="submit" disabled={busy}>
          {busy ? t("sending") : sourceKey ? t("submitVersion") : t("submit")}
        </button>
      </p>
    </form>
  );
}
