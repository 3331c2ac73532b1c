import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { RevealOnMount } from "./reveal-on-mount";

/**
 * The details of the item a chart's URL focuses on, rendered on the server so that a copied link
 * shows them; or, when the URL names an item the chart does not show, a notice saying so.
 */
export async function FocusPanel({ label, title, path, state, missing, children }: { label: string; title?: string; path: string; state: ViewState; missing?: boolean; children?: ReactNode }) {
  const t = await getTranslations("common");
  const close = (
    <Link className="focus-close" href={viewHref(path, state, { focus: null })} scroll={false}>
      {t("close")}
    </Link>
  );
  if (missing) {
    return (
      <p className="focus-missing" role="status" data-testid="focus-missing">
        {t("problems.focusMissing")} {close}
      </p>
    );
  }
  return (
    <section className="focus-panel" aria-label={label} data-testid="focus-panel">
      <RevealOnMount key={state.focus} />
      <header>
        <p className="focus-kicker">{label}</p>
        {close}
      </header>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
