"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";

/**
 * The switch that shows resolved threads on a view: in the annotations panel, on the charts' and
 * the matrix's badges. Off by default; on, the view's URL says `resolved=shown`, so a copied link
 * shows what the reader saw.
 */
export function ResolvedSwitch({
  shown,
  path,
  stateQuery,
}: {
  shown: boolean;
  /** The view and its state (`countries=CN,JP&lang=en`), kept as they are. */
  path: string;
  stateQuery: string;
}) {
  const t = useTranslations("annotations");
  const router = useRouter();
  const [pending, start] = useTransition();
  // Checked at once; the view follows when the page with the new state arrives.
  const [checked, setChecked] = useOptimistic(shown);
  const toggle = (on: boolean) => {
    const params = new URLSearchParams(stateQuery);
    if (on) params.set("resolved", "shown");
    else params.delete("resolved");
    const query = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
    start(() => {
      setChecked(on);
      router.replace(`${path}${query ? `?${query}` : ""}`, { scroll: false });
    });
  };
  return (
    <label className="checkbox resolved-switch" aria-busy={pending}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => toggle(e.target.checked)}
        data-testid="show-resolved"
      />{" "}
      {t("showResolved")}
    </label>
  );
}
