"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { MAX_COUNTRIES, MIN_COUNTRIES, viewHref, type ViewState } from "@/lib/view-state/state";

interface CountryOption {
  key: string;
  name: string;
  /** The name in the other language, so either can be searched. */
  other: string;
  coverage: "full" | "thin";
}

/** A searchable multi-select of 2 to 6 countries; applying it navigates to the same view with the new selection. */
export function CountryPicker({
  path,
  state,
  countries,
}: {
  path: string;
  state: ViewState;
  countries: CountryOption[];
}) {
  const t = useTranslations("common.picker");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string[]>(state.countries);
  const button = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    if (open) search.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setQuery("");
    setChosen(state.countries);
    button.current?.focus();
  };
  const q = query.trim().toLowerCase();
  const shown = countries.filter(
    (c) =>
      !q ||
      c.key.toLowerCase().includes(q) ||
      c.name.toLowerCase().includes(q) ||
      c.other.toLowerCase().includes(q),
  );
  const valid = chosen.length >= MIN_COUNTRIES && chosen.length <= MAX_COUNTRIES;
  const toggle = (key: string) =>
    setChosen((now) => (now.includes(key) ? now.filter((k) => k !== key) : [...now, key]));
  const apply = () => {
    if (!valid) return;
    setOpen(false);
    // The order the analyst chose is the order of the columns, series and legends (colours stay
    // the country's own whatever the order: lib/charts/style.ts).
    router.push(viewHref(path, state, { countries: chosen, focus: null }));
  };

  return (
    <div
      className="picker"
      onKeyDown={(e) => e.key === "Escape" && open && (e.stopPropagation(), close())}
    >
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        data-testid="country-picker"
      >
        {t("button", { count: state.countries.length })}
      </button>
      {open && (
        <div className="popover" id={listId} role="dialog" aria-label={t("label")}>
          <input
            ref={search}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t("search")}
            aria-label={t("search")}
            onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), apply())}
          />
          <fieldset>
            <legend className="sr-only">{t("label")}</legend>
            {shown.map((c) => (
              <label key={c.key} className="option">
                <input
                  type="checkbox"
                  checked={chosen.includes(c.key)}
                  onChange={() => toggle(c.key)}
                  value={c.key}
                />
                <span>{c.name}</span>
                <span className="muted">
                  {c.key} · {t(c.coverage)}
                </span>
                {chosen.includes(c.key) && (
                  <span
                    className="order"
                    data-testid={`picker-order-${c.key}`}
                    aria-label={t("order", { n: chosen.indexOf(c.key) + 1 })}
                  >
                    {chosen.indexOf(c.key) + 1}
                  </span>
                )}
              </label>
            ))}
            {shown.length === 0 && <p className="muted">{t("noMatch", { query })}</p>}
          </fieldset>
          <p className={valid ? "muted" : "form-error"} role={valid ? undefined : "alert"}>
            {t("limits", { min: MIN_COUNTRIES, max: MAX_COUNTRIES })}
          </p>
          <div className="row-actions">
            <button type="button" onClick={apply} disabled={!valid}>
              {t("apply")}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
