"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Citation } from "@/lib/dataset/schema";
import type { EditOptions } from "@/lib/views/editing/options";
import { errorsUnder, type FieldErrors } from "@/lib/views/editing/validate";
import { AddExternalCitation } from "./add-external-citation";
import { AddSourceCitation } from "./add-source-citation";
import { CitationCard } from "./citation-card";
import { FieldErrorList } from "./field-errors";

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};

/** A fact's citations, the first being the primary one: reorder, remove, add. */
export function CitationsEditor({
  value,
  onChange,
  errors,
  path,
  sources,
  lang,
}: {
  value: Citation[];
  onChange: (next: Citation[]) => void;
  errors: FieldErrors;
  /** where the citations sit in the fact: `citations`, `roles.0.citations` */
  path: string;
  sources: EditOptions["sources"];
  lang: "zh" | "en";
}) {
  const t = useTranslations("editing.citations");
  const [adding, setAdding] = useState<"source" | "external" | null>(null);
  const add = (citation: Citation) => {
    onChange([...value, citation]);
    setAdding(null);
  };
  return (
    <fieldset className="edit-row edit-citations" data-field={path}>
      <legend className="edit-label">{t("heading", { count: value.length })}</legend>
      <p className="muted edit-hint">
        {t.rich("easiest", { link: (chunks) => <a href={`/sources?lang=${lang}`}>{chunks}</a> })}
      </p>
      <FieldErrorList messages={errors[path]} />
      {value.length === 0 && <p className="muted">{t("none")}</p>}
      <ol className="edit-citation-list">
        {value.map((citation, i) => (
          <li key={i}>
            <CitationCard
              citation={citation}
              primary={i === 0}
              sourceLabel={
                citation.kind === "source"
                  ? (sources.find((s) => s.key === citation.source)?.label ?? citation.source)
                  : ""
              }
            />
            <div className="edit-citation-actions">
              <button
                type="button"
                className="link-button"
                disabled={i === 0}
                onClick={() => onChange(move(value, i, i - 1))}
              >
                {i === 1 ? t("makePrimary") : t("up")}
              </button>
              <button
                type="button"
                className="link-button"
                disabled={i === value.length - 1}
                onClick={() => onChange(move(value, i, i + 1))}
              >
                {t("down")}
              </button>
              <button
                type="button"
                className="link-button danger"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t("remove")}
              </button>
            </div>
            <FieldErrorList messages={errorsUnder(errors, `${path}.${i}`)} />
          </li>
        ))}
      </ol>
      {adding === "source" ? (
        <AddSourceCitation sources={sources} onAdd={add} onCancel={() => setAdding(null)} />
      ) : adding === "external" ? (
        <AddExternalCitation onAdd={add} onCancel={() => setAdding(null)} />
      ) : (
        <div className="form-actions">
          <button type="button" className="secondary" onClick={() => setAdding("source")}>
            {t("addSource")}
          </button>
          <button type="button" className="secondary" onClick={() => setAdding("external")}>
            {t("addExternal")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
