"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApi } from "@/components/use-api";
import type { Citation } from "@/lib/dataset/schema";
import type { EditOptions } from "@/lib/views/editing/options";
import { findQuote, occurrenceContext, type QuoteMatch } from "@/lib/views/editing/quote";
import { TwinInputs } from "./twin-inputs";

/**
 * A quote from a source, pasted: the source's text (its latest version) is fetched and the quote
 * looked for verbatim, so the citation gets its offsets. If it occurs more than once the reader
 * picks which; the first is taken until they do.
 */
export function AddSourceCitation({
  sources,
  onAdd,
  onCancel,
}: {
  sources: EditOptions["sources"];
  onAdd: (citation: Citation) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editing.citations");
  const api = useApi();
  const [source, setSource] = useState(sources[0]?.key ?? "");
  const [quote, setQuote] = useState("");
  const [translation, setTranslation] = useState("");
  const [note, setNote] = useState({ zh: "", en: "" });
  const [match, setMatch] = useState<(QuoteMatch & { text: string }) | null>(null);
  const [pick, setPick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const version = sources.find((s) => s.key === source)?.version ?? 1;

  const find = async () => {
    setError(null);
    setMatch(null);
    const result = await api<{ source: { text: string } }>(
      `/api/v1/sources/${encodeURIComponent(source)}?sourceVersion=${version}`,
    );
    if (!result.ok) return setError(result.message);
    const text = result.data.source.text;
    setMatch({ ...findQuote(text, quote), text });
    setPick(0);
  };

  const add = () => {
    if (!match?.found) return;
    const start = match.starts[pick];
    onAdd({
      kind: "source",
      source,
      ...(version === 1 ? {} : { version }),
      quote,
      start,
      end: start + quote.length,
      ...(translation.trim() ? { translationEn: translation } : {}),
      ...(note.zh.trim() || note.en.trim() ? { noteZh: note.zh, noteEn: note.en } : {}),
    });
  };

  return (
    <div className="edit-add card" data-testid="add-source-citation">
      <label>
        {t("source")}
        <select value={source} onChange={(e) => (setSource(e.target.value), setMatch(null))}>
          {sources.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label} {s.version > 1 ? t("versionShort", { version: s.version }) : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("quote")}
        <textarea
          rows={3}
          value={quote}
          onChange={(e) => (setQuote(e.target.value), setMatch(null))}
          placeholder={t("quoteHint")}
        />
      </label>
      <div className="form-actions">
        <button type="button" className="secondary" disabled={!quote.trim()} onClick={find}>
          {t("find")}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {match && !match.found && (
        <p className="form-error" role="alert">
          {t("notVerbatim")}
        </p>
      )}
      {match?.found && match.starts.length === 1 && (
        <p role="status">{t("foundAt", { start: match.start, end: match.end })}</p>
      )}
      {match?.found && match.starts.length > 1 && (
        <fieldset className="edit-occurrences">
          <legend>{t("foundMany", { count: match.starts.length })}</legend>
          {match.starts.map((start, i) => {
            const around = occurrenceContext(match.text, start, quote.length);
            return (
              <label key={start} className="checkbox">
                <input type="radio" checked={pick === i} onChange={() => setPick(i)} />{" "}
                <span className="muted">…{around.before}</span>
                <mark>{quote}</mark>
                <span className="muted">{around.after}…</span> ({start}–{start + quote.length})
              </label>
            );
          })}
        </fieldset>
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
        <button type="button" disabled={!match?.found} onClick={add}>
          {t("add")}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
