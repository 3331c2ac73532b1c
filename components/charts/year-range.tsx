"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { toSearch, viewHref, type ViewState } from "@/lib/view-state/state";

interface Props {
  path: string;
  state: ViewState;
  range: { from: number; to: number; min: number; max: number };
}

/**
 * The years shown, by keyboard: two selects and an Apply button, kept in the URL (`from`, `to`).
 * The selects do not navigate on change: arrow keys on a closed select fire `change`, which would
 * reload the view at every step and lose the focus. Without JavaScript the form is an ordinary GET.
 */
export function YearRange({ path, state, range }: Props) {
  const t = useTranslations("timeline.zoom");
  const router = useRouter();
  const years = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
  const go = (from: number, to: number) => {
    const all = from === range.min && to === range.max;
    router.replace(viewHref(path, state, { from: all ? null : from, to: all ? null : to }), {
      scroll: false,
    });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [a, b] = [Number(form.get("from")), Number(form.get("to"))];
    go(Math.min(a, b), Math.max(a, b));
  };
  const hidden = [...new URLSearchParams(toSearch(state, { from: null, to: null }))];
  const zoomed = state.from !== null || state.to !== null;
  return (
    <form
      className="year-range"
      method="get"
      action={path}
      onSubmit={submit}
      data-testid="year-range"
      key={`${range.from}-${range.to}`}
    >
      <fieldset>
        <legend>{t("label")}</legend>
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          {t("from")}
          <select name="from" defaultValue={range.from} data-testid="year-from">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("to")}
          <select name="to" defaultValue={range.to} data-testid="year-to">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary" data-testid="year-apply">
          {t("apply")}
        </button>
        {zoomed && (
          <Link
            href={viewHref(path, state, { from: null, to: null })}
            scroll={false}
            data-testid="reset-zoom"
          >
            {t("reset")}
          </Link>
        )}
      </fieldset>
    </form>
  );
}
