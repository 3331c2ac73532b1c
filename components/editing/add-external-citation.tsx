"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Citation } from "@/lib/dataset/schema";
import { TwinInputs } from "./twin-inputs";

/** A marked external reference: a publication the sources do not hold, named by title, publisher, year and URL. */
export function AddExternalCitation({
  onAdd,
  onCancel,
}: {
  onAdd: (citation: Citation) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editing.citations");
  const [ref, setRef] = useState({ title: "", publisher: "", year: "", url: "" });
  const [note, setNote] = useState({ zh: "", en: "" });
  const field = (name: keyof typeof ref, type = "text") => (
    <label>
      {t(name)}
      <input
        type={type}
        inputMode={name === "year" ? "numeric" : undefined}
        value={ref[name]}
        onChange={(e) => setRef({ ...ref, [name]: e.target.value })}
      />
    </label>
  );
  const add = () =>
    onAdd({
      kind: "external",
      title: ref.title,
      publisher: ref.publisher,
      year: Number(ref.year),
      url: ref.url.trim(),
      ...(note.zh.trim() || note.en.trim() ? { noteZh: note.zh, noteEn: note.en } : {}),
    });
  return (
    <div className="edit-add card" data-testid="add-external-citation">
      <p className="muted">{t("externalHint")}</p>
      {field("title")}
      {field("publisher")}
      {field("year")}
      {field("url", "url")}
      <TwinInputs
        label={t("notes")}
        name="citation-note"
        optional
        multiline
        zh={note.zh}
        en={note.en}
        onChange={(lang, v) => setNote({ ...note, [lang]: v })}
        errors={{}}
      />
      <div className="form-actions">
        <button
          type="button"
          disabled={!ref.title.trim() || !ref.publisher.trim() || !ref.year || !ref.url.trim()}
          onClick={add}
        >
          {t("add")}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
