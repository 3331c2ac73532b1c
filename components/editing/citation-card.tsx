"use client";

import { useTranslations } from "next-intl";
import type { Citation } from "@/lib/dataset/schema";

/** One citation as the form lists it: a quote with its source and place, or an external reference. */
export function CitationCard({
  citation,
  primary,
  sourceLabel,
}: {
  citation: Citation;
  primary: boolean;
  sourceLabel: string;
}) {
  const t = useTranslations("editing.citations");
  const notes = citation.noteZh !== undefined && (
    <p className="muted">
      {t("notes")}: <span lang="zh-CN">{citation.noteZh}</span> |{" "}
      <span lang="en">{citation.noteEn}</span>
    </p>
  );
  return (
    <div className="edit-citation">
      {primary && <span className="edit-badge">{t("primary")}</span>}
      {citation.kind === "source" ? (
        <>
          <p className="edit-citation-head">
            <strong>{sourceLabel}</strong>{" "}
            <span className="muted">
              {t("place", {
                version: citation.version ?? 1,
                start: citation.start,
                end: citation.end,
              })}
            </span>
          </p>
          <blockquote>{citation.quote}</blockquote>
          {citation.translationEn && (
            <p lang="en">
              <span className="muted">{t("translationEn")}:</span> {citation.translationEn}
            </p>
          )}
        </>
      ) : (
        <p className="edit-citation-head">
          <span className="edit-badge muted">{t("external")}</span>{" "}
          <strong>{citation.title}</strong>{" "}
          <span className="muted">
            {citation.publisher}, {citation.year}
          </span>{" "}
          <a href={citation.url} rel="noreferrer noopener" target="_blank" className="edit-url">
            {citation.url}
          </a>
        </p>
      )}
      {notes}
    </div>
  );
}
