"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { DateTime } from "@/components/ui/date-time";
import { useApi } from "@/components/use-api";
import { MarkdownBody } from "./markdown-body";

interface Revision {
  version: number;
  body: string;
  tags: string[];
  createdAt: string;
}

/** An edited annotation's earlier versions, oldest first, each as it read before the edit. */
export function AnnotationHistory({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useTranslations("annotations");
  const api = useApi();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api<{ revisions: Revision[] }>(`/api/v1/annotations/${id}`).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.data.revisions);
      else setError(result.message);
    });
    return () => void (live = false);
  }, [id, api]);
  return (
    <section
      className="annotation-history"
      data-testid="annotation-history"
      aria-label={t("history.title")}
    >
      <h4>{t("history.title")}</h4>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {revisions === null && !error && <p className="muted">{t("history.loading")}</p>}
      {revisions?.length === 0 && <p className="muted">{t("history.none")}</p>}
      <ol>
        {revisions?.map((r) => (
          <li key={r.version}>
            <p className="muted">
              {t("history.version", { version: r.version })} · <DateTime at={r.createdAt} />
            </p>
            <MarkdownBody source={r.body} />
            {r.tags.length > 0 && (
              <p className="muted">{r.tags.map((tag) => `#${tag}`).join(" ")}</p>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="link-button" onClick={onClose}>
        {t("actions.hideHistory")}
      </button>
    </section>
  );
}
