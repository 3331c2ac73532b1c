"use client";

import { useTranslations } from "next-intl";
import { useContext, useRef, useState, type FormEvent } from "react";
import { PassageSelection } from "@/components/annotations/passage-annotator";
import { useApi } from "@/components/use-api";
import type { Lang } from "@/lib/i18n/lang";
import { citeBody, citeTargetKey, completeTarget, type CiteTarget } from "@/lib/views/editing/cite";
import { editHref } from "@/lib/views/editing/href";
import type { CiteOptions } from "@/lib/views/editing/options";
import { CiteTargetFields } from "./cite-target-fields";

type Kind = CiteTarget["entity"];
const KINDS: Kind[] = ["assessment", "event", "observation", "actor"];
const EMPTY = { country: "", dimension: "", key: "", role: "" };

/**
 * "Cite this": the selected passage becomes a source citation of a fact in the user's draft. The
 * range is taken when the button is pressed, so choosing in the dialog cannot lose it.
 */
export function CiteDialog({
  options,
  source,
  text,
  lang,
}: {
  options: CiteOptions;
  source: { key: string; version: number };
  text: string;
  lang: Lang;
}) {
  const t = useTranslations("editing.cite");
  const api = useApi();
  const selection = useContext(PassageSelection);
  const dialog = useRef<HTMLDialogElement>(null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [kind, setKind] = useState<Kind>("assessment");
  const [choice, setChoice] = useState(EMPTY);
  const [translation, setTranslation] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<CiteTarget | null>(null);
  const [saving, setSaving] = useState(false);

  const openDialog = () => {
    if (!selection) return;
    setRange(selection);
    setDone(null);
    setError(null);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  const target = completeTarget(kind, choice);
  const missingAssessment =
    kind === "assessment" &&
    target?.entity === "assessment" &&
    !options.assessments.includes(`${target.country}:${target.dimension}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!range || !target) return;
    setSaving(true);
    const result = await api("/api/v1/draft", {
      method: "POST",
      body: citeBody(target, { ...source, text }, range, translation),
    });
    setSaving(false);
    if (!result.ok) return setError(result.message);
    setDone(target);
    setTranslation("");
  };

  const quote = range ? text.slice(range.start, range.end) : "";
  return (
    <span className="cite-this">
      {selection && (
        <button
          type="button"
          className="secondary"
          data-testid="cite-selection"
          // Pressing the button must not clear the selection it acts on.
          onMouseDown={(e) => e.preventDefault()}
          onClick={openDialog}
        >
          {t("button")}
        </button>
      )}
      <dialog
        ref={dialog}
        className="cite-dialog"
        aria-labelledby="cite-title"
        onClose={() => setRange(null)}
      >
        <h2 id="cite-title">{t("title")}</h2>
        <blockquote className="cite-quote">{quote}</blockquote>
        {done ? (
          <div role="status" data-testid="cite-done">
            <p>{t("done")}</p>
            <div className="form-actions">
              <a href={editHref(citeTargetKey(done).entity, citeTargetKey(done).key, lang)}>
                {t("editFact")}
              </a>
              <a href={`/curation/draft?lang=${lang}`}>{t("goToDraft")}</a>
              <button type="button" className="link-button" onClick={close}>
                {t("close")}
              </button>
            </div>
          </div>
        ) : (
          <form onSubmit={submit} className="cite-form">
            <fieldset className="cite-kinds">
              <legend>{t("supports")}</legend>
              {KINDS.map((k) => (
                <label key={k} className="checkbox">
                  <input
                    type="radio"
                    name="kind"
                    checked={kind === k}
                    onChange={() => (setKind(k), setChoice(EMPTY))}
                  />{" "}
                  {t(`kinds.${k}`)}
                </label>
              ))}
            </fieldset>
            <CiteTargetFields kind={kind} options={options} choice={choice} setChoice={setChoice} />
            {missingAssessment && (
              <p className="form-error" role="alert">
                {t.rich("noAssessment", {
                  link: (c) => (
                    <a href={editHref("assessment", citeTargetKey(target).key, lang)}>{c}</a>
                  ),
                })}
              </p>
            )}
            <label>
              <span>
                {t("translationEn")} <span className="muted">{t("optional")}</span>
              </span>
              <textarea
                rows={2}
                lang="en"
                value={translation}
                onChange={(e) => setTranslation(e.target.value)}
              />
            </label>
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <div className="form-actions">
              <button
                type="submit"
                disabled={!target || missingAssessment || saving}
                data-testid="cite-submit"
              >
                {saving ? t("saving") : t("submit")}
              </button>
              <button type="button" className="link-button" onClick={close}>
                {t("cancel")}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </span>
  );
}
