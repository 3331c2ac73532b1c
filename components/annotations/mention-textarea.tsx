"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useApi } from "@/components/use-api";

/** A teammate picked from the suggestions; sent with the note as a mention. */
export interface Teammate {
  id: string;
  name: string;
  email: string;
}

/** The `@word` being typed just before the caret, if any: where it starts and what it says. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@]{0,40})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2].length - 1, query: match[2] } : null;
}

/** The picked teammates whose `@name` is still in the text: the note's mentions. */
export const mentionedIn = (text: string, picked: readonly Teammate[]) =>
  picked.filter((p) => text.includes(`@${p.name}`));

/**
 * A textarea that suggests teammates after `@` (by name or e-mail), as a combobox with a listbox:
 * arrows move, Enter or Tab picks, Escape closes. A pick writes `@Name` and is reported by `onPick`.
 * Uncontrolled, like a plain textarea: text typed before the page is hydrated stays, the form
 * reads it by `name`, and `form.reset()` empties it; `onChange` reports every change.
 */
export function MentionTextarea({
  defaultValue,
  onChange,
  onPick,
  label,
  ...rest
}: {
  defaultValue: string;
  onChange?: (value: string) => void;
  onPick: (teammate: Teammate) => void;
  label: string;
  name?: string;
  rows?: number;
  required?: boolean;
  maxLength?: number;
}) {
  const t = useTranslations("annotations.mentions");
  const api = useApi();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [at, setAt] = useState<{ start: number; query: string } | null>(null);
  const [found, setFound] = useState<Teammate[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!at) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await api<{ users: Teammate[] }>(
        `/api/v1/teammates?q=${encodeURIComponent(at.query)}`,
      );
      if (!live) return;
      setFound(result.ok ? result.data.users : []);
      setActive(0);
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [at, api]);

  const look = (text: string, caret: number) => setAt(mentionQuery(text, caret));
  const open = at !== null;
  const pick = (teammate: Teammate) => {
    const node = area.current;
    if (!at || !node) return;
    const caret = at.start + 1 + at.query.length;
    const insert = `@${teammate.name} `;
    node.value = node.value.slice(0, at.start) + insert + node.value.slice(caret);
    // At once, before the next key: typing goes on right after the name.
    node.setSelectionRange(at.start + insert.length, at.start + insert.length);
    onChange?.(node.value);
    onPick(teammate);
    setAt(null);
  };
  const keys = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "Escape") {
      // Closes the suggestions only, not the panel around the editor.
      event.preventDefault();
      event.stopPropagation();
      return setAt(null);
    }
    if (found.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + found.length) % found.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      pick(found[active] ?? found[0]);
    }
  };
  const option = (i: number) => `${id}-option-${i}`;

  return (
    <div className="mention-field">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        {...rest}
        id={`${id}-text`}
        ref={area}
        defaultValue={defaultValue}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && found.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && found.length > 0 ? option(active) : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          onChange?.(e.target.value);
          look(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={keys}
        onClick={(e) => look(e.currentTarget.value, e.currentTarget.selectionStart)}
        onBlur={() => setTimeout(() => setAt(null), 150)}
      />
      <span id={`${id}-hint`} className="sr-only">
        {t("hint")}
      </span>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t("suggestions")}
        className="mention-list"
        hidden={!open}
        data-testid="mention-suggestions"
      >
        {open && found.length === 0 && at.query && (
          <li className="muted" role="option" aria-selected={false} aria-disabled="true">
            {t("none", { query: at.query })}
          </li>
        )}
        {open &&
          found.map((teammate, i) => (
            <li
              key={teammate.id}
              id={option(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => (e.preventDefault(), pick(teammate))}
            >
              <span>{teammate.name}</span> <span className="muted">{teammate.email}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
