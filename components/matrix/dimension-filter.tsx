import { getTranslations } from "next-intl/server";
import type { MatrixData } from "@/lib/charts/matrix/model";

/** Toggle links for the dimensions shown; kept in the URL as `dims`. Works without JavaScript. */
export async function DimensionFilter({
  matrix,
  toggleHref,
}: {
  matrix: MatrixData;
  toggleHref: (dims: string[] | null) => string;
}) {
  const t = await getTranslations("matrix");
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
        <a href={toggleHref(null)} aria-current={shown.size === all.length ? "true" : undefined}>
          {t("allDimensions")}
        </a>
        {matrix.allDimensions.map((d) => (
          <a key={d.key} href={toggle(d.key)} className="check-link" data-shown={shown.has(d.key)}>
            <span aria-hidden="true">{shown.has(d.key) ? "☑" : "☐"}</span> {d.name}
            <span className="sr-only"> ({shown.has(d.key) ? t("shown") : t("hidden")})</span>
          </a>
        ))}
      </div>
    </details>
  );
}
