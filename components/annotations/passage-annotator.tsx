"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { parseTags } from "@/lib/annotations/client";
import { useApi } from "@/components/use-api";
import type { AnnotationView } from "@/lib/annotations/types";
import {
  mapSelection,
  MAX_QUOTE,
  passageTarget,
  type MappedSelection,
  type RunBox,
} from "@/lib/views/sources/selection";

/** The runs (`data-raw` spans) a DOM range touches, and where it starts and ends inside the first and last. */
function readSelection(range: Range, root: HTMLElement): MappedSelection {
  const runs = [...root.querySelectorAll<HTMLElement>("[data-raw]")].filter((run) =>
    range.intersectsNode(run),
  );
  if (runs.length === 0) return { ok: false, reason: "empty" };
  const box = (run: HTMLElement): RunBox => ({
    start: Number(run.dataset.raw),
    end: Number(run.dataset.rawEnd),
    verbatim: run.dataset.verbatim === "true",
    length: run.textContent?.length ?? 0,
  });
  // The shown text of the run before a boundary point inside it; outside it, the run's edge.
  const offsetIn = (run: HTMLElement, node: Node, offset: number, outside: number) => {
    if (!run.contains(node)) return outside;
    const before = document.createRange();
    before.setStart(run, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const last = runs.at(-1)!;
  return mapSelection(
    runs.map(box),
    offsetIn(runs[0], range.startContainer, range.startOffset, 0),
    offsetIn(last, range.endContainer, range.endOffset, last.textContent?.length ?? 0),
  );
}

/** The raw range the reader has selected (null while none, or while the annotation form is open), for actions beside "Annotate". */
export const PassageSelection = createContext<{ start: number; end: number } | null>(null);

const preview = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Lets an analyst annotate any text of the document: select it (mouse, or keyboard with caret
 * browsing), choose "Annotate selection" (a button in a bar above the text, reachable by Tab), write
 * the note. The raw offsets come from the runs' `data-raw` attributes; the quote and its context
 * from the stored text, so the API can check them. Once saved, the page focuses the new passage.
 */
export function PassageAnnotator({
  source,
  actions,
  canCite = false,
  children,
}: {
  source: { key: string; text: string };
  /** more things to do with a selection (components/editing "Cite this"), shown in the bar */
  actions?: ReactNode;
  /** the hint names "Cite this" too */
  canCite?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("sources.annotate");
  const ta = useTranslations("annotations");
  const api = useApi();
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<MappedSelection | null>(null);
  const [open, setOpen] = useState<{ start: number; end: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const onChange = () => {
      if (open || !root.current) return;
      const selection = document.getSelection();
      const range =
        selection && selection.rangeCount > 0 && !selection.isCollapsed
          ? selection.getRangeAt(0)
          : null;
      // Tabbing to the bar's button must not lose what was selected.
      if (!range || !root.current.contains(range.commonAncestorContainer)) {
        if (!bar.current?.contains(document.activeElement)) setPicked(null);
        return;
      }
      setSaved(false);
      setPicked(readSelection(range, root.current));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [open]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!open) return;
    const data = new FormData(event.currentTarget);
    setSaving(true);
    setError(null);
    const result = await api<{ annotation: AnnotationView }>("/api/v1/annotations", {
      method: "POST",
      body: {
        target: passageTarget(source, open.start, open.end),
        body: String(data.get("body") ?? ""),
        tags: parseTags(String(data.get("tags") ?? "")),
        visibility: data.get("private") ? "private" : "team",
      },
    });
    setSaving(false);
    if (!result.ok) return setError(result.message);
    // Show the new annotation in the panel: focus its passage, keeping the rest of the URL.
    const params = new URLSearchParams(window.location.search);
    params.set("focus", `passage:${open.start}-${open.end}`);
    const query = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
    document.getSelection()?.removeAllRanges();
    setOpen(null);
    setPicked(null);
    setSaved(true);
    if (`?${query}` === window.location.search) router.refresh();
    else router.push(`${window.location.pathname}?${query}`, { scroll: false });
  };

  const selected = picked?.ok ? source.text.slice(picked.start, picked.end) : null;
  return (
    // A drag that selects text inside a passage link ends in a click: it selects, it does not follow the link.
    <div
      className="passage-annotator"
      ref={root}
      onClickCapture={(e) =>
        e.detail > 0 &&
        (e.target as Element).closest("a") &&
        !document.getSelection()?.isCollapsed &&
        e.preventDefault()
      }
    >
      <div
        className="annotate-bar"
        ref={bar}
        role="region"
        aria-label={t("label")}
        data-testid="annotate-bar"
      >
        {open ? (
          <form className="annotation-form" onSubmit={submit} data-testid="selection-form">
            <p className="muted">
              {t("selected", {
                quote: preview(source.text.slice(open.start, open.end)),
                count: open.end - open.start,
              })}
            </p>
            <label>
              {ta("body")}
              <textarea name="body" rows={3} required maxLength={10_000} autoFocus />
            </label>
            <label>
              {ta("tags")}
              <input name="tags" />
            </label>
            <label className="checkbox">
              <input type="checkbox" name="private" /> {ta("private")}
            </label>
            {error && (
              <p className="form-error" role="alert">
                {ta("failed", { message: error })}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" disabled={saving}>
                {saving ? ta("saving") : ta("submit")}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => (setOpen(null), setError(null))}
              >
                {ta("cancel")}
              </button>
            </div>
          </form>
        ) : picked?.ok && selected !== null ? (
          <p className="annotate-pick">
            <span className="muted">
              {t("selected", { quote: preview(selected), count: selected.length })}
            </span>{" "}
            {/* Pressing the button must not clear the selection it acts on. */}
            <button
              type="button"
              data-testid="annotate-selection"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => setOpen({ start: picked.start, end: picked.end })}
            >
              {t("button")}
            </button>
          </p>
        ) : picked && !picked.ok && picked.reason !== "empty" ? (
          <p className="form-error" role="alert" data-testid="annotate-refused">
            {picked.reason === "tooLong" ? t("tooLong", { max: MAX_QUOTE }) : t("inexact")}
          </p>
        ) : saved ? (
          <p role="status" data-testid="annotate-saved">
            {t("saved")}
          </p>
        ) : (
          <p className="muted">{t(canCite ? "hintCite" : "hint")}</p>
        )}
        <PassageSelection.Provider
          value={!open && picked?.ok ? { start: picked.start, end: picked.end } : null}
        >
          {actions}
        </PassageSelection.Provider>
      </div>
      {children}
    </div>
  );
}
