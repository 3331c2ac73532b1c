"use client";

import { useTranslations } from "next-intl";
import { MAX_NUMBERED } from "@/lib/charts/annotations";
import type { AnnotationChoice } from "@/lib/export/choice-search";

export interface NotesFacets {
  authors: { id: string; name: string }[];
  tags: string[];
}

/**
 * Which annotations an image or the report draws: a tag, a status, an author, the ones picked in
 * the panel, and how many. Named like the query parameters, so a GET form sends them as they are.
 */
export function NotesChoiceFields({
  value,
  onChange,
  facets,
  pickedCount = 0,
}: {
  value: AnnotationChoice;
  onChange: (next: AnnotationChoice) => void;
  facets: NotesFacets | null;
  /** Annotations picked in the panel: offered as a choice when there are any. */
  pickedCount?: number;
}) {
  const t = useTranslations("common.export.notes");
  const set = (patch: Partial<AnnotationChoice>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="notes-choice" data-testid="notes-choice">
      <legend>{t("legend")}</legend>
      <label>
        {t("tag")}
        <select
          name="annotation-tag"
          value={value.tag ?? ""}
          onChange={(e) => set({ tag: e.target.value || null })}
          data-testid="notes-tag"
        >
          <option value="">{t("anyTag")}</option>
          {facets?.tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("status")}
        <select
          name="annotation-status"
          value={value.status ?? ""}
          onChange={(e) => set({ status: (e.target.value || null) as AnnotationChoice["status"] })}
          data-testid="notes-status"
        >
          <option value="">{t("anyStatus")}</option>
          <option value="open">{t("open")}</option>
          <option value="resolved">{t("resolved")}</option>
        </select>
      </label>
      <label>
        {t("author")}
        <select
          name="annotation-author"
          value={value.authorId ?? ""}
          onChange={(e) => set({ authorId: e.target.value || null })}
          data-testid="notes-author"
        >
          <option value="">{t("anyAuthor")}</option>
          {facets?.authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("limit", { max: MAX_NUMBERED })}
        <input
          type="number"
          name="annotation-limit"
          min={1}
          max={MAX_NUMBERED}
          value={value.limit}
          onChange={(e) =>
            set({ limit: Math.min(MAX_NUMBERED, Math.max(1, Number(e.target.value) || 1)) })
          }
          data-testid="notes-limit"
        />
      </label>
      {pickedCount > 0 && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value.ids !== null}
            onChange={(e) => set({ ids: e.target.checked ? [] : null })}
            data-testid="notes-picked"
          />{" "}
          {t("onlyPicked", { count: pickedCount })}
        </label>
      )}
    </fieldset>
  );
}
