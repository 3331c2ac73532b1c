"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { parseTags } from "@/lib/annotations/client";
import { useApi } from "@/components/use-api";
import type { AnnotationView, MentionOutcome } from "@/lib/annotations/types";
import { MentionNotice } from "./mention-notice";
import { MentionTextarea, mentionedIn, type Teammate } from "./mention-textarea";
import type { AnnotationTarget } from "@/lib/annotations/targets";

/**
 * Adds an annotation (or, with `parentId`, a reply) through the API; the page then shows it, and
 * so does everyone's, live. With several `targets` the reader picks what it is attached to.
 */
export function AnnotationForm({
  target,
  targets,
  compare,
  parentId,
  onDone,
  compact,
}: {
  /** What the note is attached to: one target, or several at once (a fact and its passage). */
  target?: AnnotationTarget | AnnotationTarget[];
  /** Targets to choose one of (the reader picks). */
  targets?: { label: string; target: AnnotationTarget | AnnotationTarget[] }[];
  /** Facts the note may also be on, to compare (the reader picks one, or none). */
  compare?: { label: string; target: AnnotationTarget }[];
  parentId?: string;
  onDone?: () => void;
  compact?: boolean;
}) {
  const t = useTranslations("annotations");
  const api = useApi();
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Teammate[]>([]);
  const [outcome, setOutcome] = useState<MentionOutcome | null>(null);
  const choices = targets ?? (target ? [{ label: "", target }] : []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const place = choices[Number(data.get("target") ?? 0)]?.target;
    if (!place) return;
    const comparing = String(data.get("compare") ?? "");
    const also = comparing ? compare?.[Number(comparing)]?.target : undefined;
    const chosen = also ? [place, also].flat() : place;
    setSaving(true);
    setError(null);
    setOutcome(null);
    const body = String(data.get("body") ?? "");
    const result = await api<{ annotation: AnnotationView } & MentionOutcome>(
      "/api/v1/annotations",
      {
        method: "POST",
        body: {
          target: chosen,
          body,
          mentions: mentionedIn(body, picked).map((p) => p.email),
          tags: parseTags(String(data.get("tags") ?? "")),
          ...(parentId ? { parentId } : { visibility: data.get("private") ? "private" : "team" }),
        },
      },
    );
    setSaving(false);
    if (!result.ok) return setError(result.message);
    form.reset();
    setPicked([]);
    router.refresh();
    // Someone named was not notified: the author reads why before the form closes.
    setOutcome(result.data);
    if (result.data.notNotified.length > 0) return;
    onDone?.();
  };

  return (
    <form
      className={compact ? "annotation-form compact" : "annotation-form"}
      onSubmit={submit}
      data-testid={parentId ? "reply-form" : "annotation-form"}
    >
      {choices.length > 1 && (
        <label>
          {t("attachTo")}
          <select name="target" data-testid="annotation-target">
            {choices.map((c, i) => (
              <option key={i} value={i}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {compare && compare.length > 0 && !parentId && (
        <label>
          {t("compareWith")}
          <select name="compare" defaultValue="" data-testid="annotation-compare">
            <option value="">{t("compareNone")}</option>
            {compare.map((c, i) => (
              <option key={i} value={i}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <MentionTextarea
        label={parentId ? t("reply") : t("body")}
        name="body"
        defaultValue=""
        onPick={(p) => setPicked((list) => [...list.filter((q) => q.id !== p.id), p])}
        rows={compact ? 2 : 3}
        required
        maxLength={10_000}
      />
      <label>
        {t("tags")}
        <input name="tags" />
      </label>
      {!parentId && (
        <label className="checkbox">
          <input type="checkbox" name="private" /> {t("private")}
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t("failed", { message: error })}
        </p>
      )}
      <MentionNotice outcome={outcome} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? t("saving") : parentId ? t("sendReply") : t("submit")}
        </button>
        {onDone && (
          <button type="button" className="link-button" onClick={onDone}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
