"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DateTime } from "@/components/ui/date-time";
import { useApi } from "@/components/use-api";
import type { AnnotationView } from "@/lib/annotations/types";
import type { PanelItem } from "@/lib/views/annotation-panel";
import { AnnotationEditor, AnnotationHistory, MarkdownBody } from "./lazy";
import { togglePicked, usePicked } from "@/components/picked-annotations";

/** One annotation in the panel: who, when, where, the text, and what this reader may do with it. */
export function AnnotationCard({
  item,
  canReply,
  onReply,
  onTag,
}: {
  item: PanelItem;
  canReply: boolean;
  onReply?: () => void;
  onTag?: (tag: string) => void;
}) {
  const t = useTranslations("annotations");
  const api = useApi();
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "edit" | "history">("view");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (method: string, body?: unknown) => {
    setBusy(true);
    setError(null);
    const result = await api<{ annotation: AnnotationView }>(`/api/v1/annotations/${item.id}`, {
      method,
      body,
    });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  };
  const deleted = item.deletedAt !== null;
  const picked = usePicked();

  return (
    <article
      className={`annotation-card${deleted ? " is-deleted" : ""}${item.status === "resolved" ? " is-resolved" : ""}`}
      data-annotation={item.id}
      data-testid="annotation-card"
    >
      <p className="annotation-meta muted">
        <strong>{item.author.name}</strong> · <DateTime at={item.createdAt} />
        {item.visibility === "private" && <span className="badge">{t("draft")}</span>}
        {item.status === "resolved" && (
          <span
            className="badge ok"
            data-testid="resolved-badge"
            title={item.resolvedAt ? new Date(item.resolvedAt).toISOString() : undefined}
          >
            {item.resolvedBy ? t("resolvedBy", { name: item.resolvedBy.name }) : t("resolved")}
          </span>
        )}
        {item.editedAt && <span className="badge">{t("edited")}</span>}
        {deleted && <span className="badge warn">{t("deleted")}</span>}
        {item.anchor && (
          <span
            className={`badge ${item.anchor === "orphaned" ? "warn" : ""}`}
            title={t(`anchor.${item.anchor}Hint`)}
          >
            {t(`anchor.${item.anchor}`)}
          </span>
        )}
      </p>
      {item.parentId === null && item.places.length === 1 && item.href && (
        <a className="annotation-target" href={item.href} data-testid="annotation-target-link">
          {t("on", { target: item.targetLabel })}
        </a>
      )}
      {item.parentId === null && item.places.length > 1 && (
        <nav className="annotation-targets" aria-label={t("onSeveral")}>
          <span className="muted">{t("onSeveral")}</span>
          <ul>
            {item.places.map((place) => (
              <li key={place.href + place.label}>
                <a href={place.href} data-testid="annotation-target-link" data-kind={place.kind}>
                  {place.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {mode === "edit" ? (
        <AnnotationEditor item={item} onClose={() => setMode("view")} />
      ) : (
        <>
          <MarkdownBody source={item.body} />
          {item.tags.length > 0 && (
            <ul className="annotation-tags">
              {item.tags.map((tag) => (
                <li key={tag}>
                  {onTag ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onTag(tag)}
                      title={t("filterByTag")}
                    >
                      #{tag}
                    </button>
                  ) : (
                    `#${tag}`
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {mode === "history" && <AnnotationHistory id={item.id} onClose={() => setMode("view")} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {mode !== "edit" && (
        <div className="annotation-actions">
          {!deleted && canReply && item.parentId === null && item.visibility === "team" && (
            <label className="pick" data-testid="annotation-pick">
              <input
                type="checkbox"
                checked={picked.includes(item.id)}
                onChange={() => togglePicked(item.id)}
              />{" "}
              {t("actions.pick")}
            </label>
          )}
          {!deleted && canReply && onReply && (
            <button type="button" className="link-button" onClick={onReply}>
              {t("actions.reply")}
            </button>
          )}
          {!deleted && item.canChange && (
            <button type="button" className="link-button" onClick={() => setMode("edit")}>
              {t("actions.edit")}
            </button>
          )}
          {!deleted && item.canResolve && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() =>
                act("PATCH", {
                  baseVersion: item.version,
                  status: item.status === "open" ? "resolved" : "open",
                })
              }
            >
              {item.status === "open" ? t("actions.resolve") : t("actions.reopen")}
            </button>
          )}
          {!deleted && item.canChange && item.visibility === "private" && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => act("PATCH", { baseVersion: item.version, visibility: "team" })}
            >
              {t("actions.share")}
            </button>
          )}
          {item.editedAt && (
            <button
              type="button"
              className="link-button"
              onClick={() => setMode(mode === "history" ? "view" : "history")}
            >
              {mode === "history" ? t("actions.hideHistory") : t("actions.history")}
            </button>
          )}
          {!deleted && item.canChange && (
            <button
              type="button"
              className="link-button danger"
              disabled={busy}
              onClick={() => window.confirm(t("actions.confirmDelete")) && act("DELETE")}
            >
              {t("actions.delete")}
            </button>
          )}
          {deleted && item.canRestore && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => act("PATCH", { restore: true })}
            >
              {t("actions.restore")}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
