"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { usePicked } from "@/components/picked-annotations";
import { useApi } from "@/components/use-api";
import { ALL_ANNOTATIONS, choiceSearch } from "@/lib/export/choice-search";
import { chartPath } from "@/lib/charts/types";
import { exportHref } from "@/lib/export/href";
import type { ExportTarget } from "@/lib/export/request";
import { DownloadLink } from "./download-link";
import { NotesChoiceFields, type NotesFacets } from "./notes-choice-fields";

/**
 * A view's Export menu: PNG at 1×, 2× or 4×, SVG, the data as CSV, the data with its evidence
 * (every quote and source) and a README as a zip, and the printable report
 * (analysts and above, as the API and the report page allow), optionally with the annotations
 * drawn in; and, for everyone, a copy of the link to the view.
 */
export function ExportMenu({
  chart,
  search,
  reportHref,
}: {
  chart: ExportTarget;
  search: string | null;
  reportHref: string;
}) {
  const t = useTranslations("common.export");
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);
  const [notes, setNotes] = useState(false);
  const [choice, setChoice] = useState(ALL_ANNOTATIONS);
  const [facets, setFacets] = useState<NotesFacets | null>(null);
  const picked = usePicked();
  const api = useApi();
  const view = chartPath(chart);
  // The tags and authors to choose from, once annotations are asked for.
  useEffect(() => {
    if (!notes || facets) return;
    void api<NotesFacets>(`/api/v1/annotations/facets?view=${encodeURIComponent(view)}`).then(
      (result) => result.ok && setFacets(result.data),
    );
  }, [notes, facets, api, view]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  };
  const image = (format: "png" | "svg", scale?: number) =>
    exportHref(chart, format, search ?? "", {
      ...(scale ? { scale: String(scale) } : {}),
      ...(notes
        ? {
            annotations: "1",
            ...choiceSearch({ ...choice, ids: choice.ids === null ? null : [...picked] }),
          }
        : {}),
    });
  return (
    <details className="menu export-menu" data-testid="export-menu">
      <summary>{t("label")}</summary>
      <div className="menu-body">
        {search !== null && (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={notes}
                onChange={(e) => setNotes(e.target.checked)}
                data-testid="export-annotations"
              />{" "}
              {t("withAnnotations")}
            </label>
            {notes && (
              <NotesChoiceFields
                value={choice}
                onChange={setChoice}
                facets={facets}
                pickedCount={picked.length}
              />
            )}
            <div className="export-row">
              <span>{t("png")}</span>
              {[1, 2, 4].map((scale) => (
                <DownloadLink
                  key={scale}
                  href={image("png", scale)}
                  fileName={`smart-city-compare-${chart}.png`}
                  testId={`export-png-${scale}`}
                >{`${scale}×`}</DownloadLink>
              ))}
            </div>
            <DownloadLink
              href={image("svg")}
              fileName={`smart-city-compare-${chart}.svg`}
              testId="export-svg"
            >
              {t("svg")}
            </DownloadLink>
            <DownloadLink
              href={exportHref(chart, "csv", search)}
              fileName={`smart-city-compare-${chart}.csv`}
              testId="export-csv"
            >
              {t("csv")}
              <span className="muted">{t("csvHint")}</span>
            </DownloadLink>
            <DownloadLink
              href={exportHref(chart, "zip", search)}
              fileName={`smart-city-compare-${chart}.zip`}
              testId="export-zip"
            >
              {t("zip")}
              <span className="muted">{t("zipHint")}</span>
            </DownloadLink>
            <a href={reportHref} data-testid="export-report">
              {t("report")}
            </a>
          </>
        )}
        <button type="button" className="link-button" onClick={copy} data-testid="export-copy-link">
          {t("copyLink")}
        </button>
        {copied && (
          <p role="status" className={copied === "ok" ? "muted" : "form-error"}>
            {t(copied === "ok" ? "copied" : "copyFailed")}
          </p>
        )}
      </div>
    </details>
  );
}
