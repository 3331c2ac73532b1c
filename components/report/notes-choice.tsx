"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { NotesChoiceFields, type NotesFacets } from "@/components/export/notes-choice-fields";
import type { AnnotationChoice } from "@/lib/export/choice-search";

/**
 * The report's choice of annotations: a GET form back to the report, keeping the view's own
 * parameters (countries, filters, language, version) and adding the annotation-* ones.
 */
export function ReportNotesChoice({
  action,
  keep,
  choice,
  facets,
}: {
  action: string;
  /** The report's address without the choice: its parameters are kept as hidden fields. */
  keep: string;
  choice: AnnotationChoice;
  facets: NotesFacets;
}) {
  const t = useTranslations("common.export.notes");
  const [value, setValue] = useState(choice);
  const kept = [...new URLSearchParams(keep.split("?")[1] ?? "")].filter(
    ([key]) => !key.startsWith("annotation-") && key !== "annotations",
  );
  return (
    <form method="get" action={action} className="report-notes no-print" data-testid="report-notes">
      {kept.map(([key, v]) => (
        <input key={key} type="hidden" name={key} value={v} />
      ))}
      <NotesChoiceFields value={{ ...value, ids: null }} onChange={setValue} facets={facets} />
      <button type="submit" data-testid="report-notes-apply">
        {t("apply")}
      </button>
    </form>
  );
}
