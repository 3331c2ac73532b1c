"use client";

import { useTranslations } from "next-intl";
import { MAX_NUMBERED } from "@/lib/charts/annotations";
import type { AnnotationChoice } from "@/lib/export/choice-search";

export interface NotesFacets {
  authors: { id: string; name: string }[];
  tags: string[];
}

/** One part of the choice as a select: "any" (sent empty) or one of the options. */
function ChoiceSelect({
  label,
  name,
  value,
  any,
  options = [],
  onChange,
}: {
  label: string;
  /** The query parameter, which also names the test id (`annotation-tag` → `notes-tag`). */
  name: string;
  value: string | null;
  any: string;
  options?: readonly (readonly [value: string, label: string])[];
  onChange: (next: string | null) => void;
}) {
  return (
    <label>
      {label}
      <select
        name={name}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid={name.replace("annotation-", "notes-")}
      >
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
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
      <ChoiceSelect
        label={t("tag")}
        name="annotation-tag"
        value={value.tag}
        any={t("anyTag")}
        options={facets?.tags.map((tag) => [tag, `#${tag}`] as const)}
        onChange={(tag) => set({ tag })}
      />
      <ChoiceSelect
        label={t("status")}
        name="annotation-status"
        value={value.status}
        any={t("anyStatus")}
        options={[
          ["open", t("open")],
          ["resolved", t("resolved")],
        ]}
        onChange={(status) => set({ status: status as AnnotationChoice["status"] })}
      />
      <ChoiceSelect
        label={t("author")}
        name="annotation-author"
        value={value.authorId}
        any={t("anyAuthor")}
        options={facets?.authors.map((a) => [a.id, a.name] as const)}
        onChange={(authorId) => set({ authorId })}
      />
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
