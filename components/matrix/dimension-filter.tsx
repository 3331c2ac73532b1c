import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { MatrixData } from "@/lib/charts/matrix/model";

/**
 * Toggle links for the dimensions shown; kept in the URL as `dims`. Works without JavaScript; with
 * it, a toggle is a client navigation: no full reload, the menu stays open, the scroll stays.
 */
export async function DimensionFilter({
  matrix,
  lang,
  toggleHref,
}: {
  matrix: MatrixData;
  lang: Lang;
  toggleHref: (dims: string[] | null) => string;
}) {
  const t = await getTranslations({ locale: LOCALE_OF[lang], namespace: "matrix" });
  const shown = new Set(matrix.rows.map((r) => r.key));
  const all = matrix.allDimensions.map((d) => d.key);
  const toggle = (key: string) => {
    const next = shown.has(key)
      ? all.filter((k) => shown.has(k) && k !== key)
      : all.filter((k) => shown.has(k) || k === key);
    return toggleHref(next.length === 0 || next.length === all.length ? null : next);
  };
  return (
    <details className="menu dimension-filter">
      <summary className="button-like">
        {t("filter")} ({shown.size}/{all.length})
      </summary>
      <div className="menu-body">
        <Link
          href={toggleHref(null)}
          scroll={false}
          aria-current={shown.size === all.length ? "true" : undefined}
        >
          {t("allDimensions")}
        </Link>
        {matrix.allDimensions.map((d) => (
          <Link
            key={d.key}
            href={toggle(d.key)}
            scroll={false}
            className="check-link"
            data-shown={shown.has(d.key)}
          >
            <span aria-hidden="true">{shown.has(d.key) ? "☑" : "☐"}</span> {d.name}
            <span className="sr-only"> ({shown.has(d.key) ? t("shown") : t("hidden")})</span>
          </Link>
        ))}
      </div>
    </details>
  );
}
