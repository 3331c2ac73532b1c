"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseTags } from "@/lib/annotations/client";
import { useApi } from "@/components/use-api";
import type { AnnotationView, MentionOutcome } from "@/lib/annotations/types";
import { MarkdownBody } from "./markdown-body";
import { MentionNotice } from "./mention-notice";
import { MentionTextarea, mentionedIn, type Teammate } from "./mention-textarea";

/**
 * Edits an annotation on the version it was opened at. When someone else saved in between, the
 * API answers 409 with the current text: the editor shows both and lets the author keep theirs,
 * save theirs over it knowingly, or take the current one. Nothing is overwritten silently.
 */
export function AnnotationEditor({ item, onClose }: { item: AnnotationView; onClose: () => void }) {
  const t = useTranslations("annotations");
  const api = useApi();
  const router = useRouter();
  // An unsaved edit survives the card being filtered away or the page refreshing (per tab).
  const draftKey = `scc-annotation-draft:${item.id}`;
  const [body, setBodyState] = useState(
    () => (typeof window === "undefined" ? null : sessionStorage.getItem(draftKey)) ?? item.body,
  );
  const setBody = (value: string) => {
    setBodyState(value);
    sessionStorage.setItem(draftKey, value);
  };
  const close = () => {
    sessionStorage.removeItem(draftKey);
    onClose();
  };
  const [mine, setMine] = useState<string | null>(null);
  const [tags, setTags] = useState(item.tags.join(" "));
  const [baseVersion, setBaseVersion] = useState(item.version);
  const [current, setCurrent] = useState<AnnotationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Taking their text puts it in the (uncontrolled) textarea anew.
  const [revision, setRevision] = useState(0);
  const [picked, setPicked] = useState<Teammate[]>([]);
  const [outcome, setOutcome] = useState<MentionOutcome | null>(null);
  // Mentions it has are kept (by id); teammates picked now are added, and only they are notified.
  const added = mentionedIn(body, picked).map((p) => p.email);
  const mentions = added.length ? { mentions: [...item.mentions.map((m) => m.id), ...added] } : {};

  const save = async (version: number) => {
    setSaving(true);
    setError(null);
    const result = await api<{ annotation: AnnotationView } & MentionOutcome>(
      `/api/v1/annotations/${item.id}`,
      { method: "PATCH", body: { baseVersion: version, body, tags: parseTags(tags), ...mentions } },
    );
    setSaving(false);
    if (result.ok) {
      router.refresh();
      if (result.data.notNotified.length === 0) return close();
      // Someone named was not notified: say why before closing.
      sessionStorage.removeItem(draftKey);
      setPicked([]);
      setBaseVersion(result.data.annotation.version);
      return setOutcome(result.data);
    }
    if (result.status === 409 && result.details?.current) {
      setCurrent(result.details.current as AnnotationView);
      return setError(result.message);
    }
    setError(result.message);
  };
  const takeTheirs = () => {
    if (!current) return;
    setMine(body);
    setBody(current.body);
    setRevision((r) => r + 1);
    setTags(current.tags.join(" "));
    setBaseVersion(current.version);
    setCurrent(null);
    setError(null);
  };

  return (
    <form
      className="annotation-editor"
      data-testid="annotation-editor"
      onSubmit={(e) => (e.preventDefault(), save(baseVersion))}
    >
      <MentionTextarea
        key={revision}
        label={t("body")}
        defaultValue={body}
        onChange={setBody}
        onPick={(p) => setPicked((list) => [...list.filter((q) => q.id !== p.id), p])}
        rows={4}
        required
        maxLength={10_000}
      />
      <label>
        {t("tags")}
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <MentionNotice outcome={outcome} />
      {current && (
        <div className="conflict" data-testid="annotation-conflict">
          <h4>{t("conflict.current")}</h4>
          <MarkdownBody source={current.body} />
          {current.tags.length > 0 && (
            <p className="muted">{current.tags.map((tag) => `#${tag}`).join(" ")}</p>
          )}
          <p className="muted">{t("conflict.hint")}</p>
          <div className="form-actions">
            <button type="button" onClick={() => save(current.version)} disabled={saving}>
              {t("conflict.overwrite")}
            </button>
            <button type="button" className="secondary" onClick={takeTheirs}>
              {t("conflict.takeTheirs")}
            </button>
          </div>
        </div>
      )}
      {mine !== null && !current && (
        <details className="conflict" open data-testid="annotation-mine">
          <summary>{t("conflict.yours")}</summary>
          <pre className="mine">{mine}</pre>
        </details>
      )}
      {!current && (
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? t("saving") : t("actions.save")}
          </button>
          <button type="button" className="link-button" onClick={close}>
            {t("cancel")}
          </button>
        </div>
      )}
    </form>
  );
}
