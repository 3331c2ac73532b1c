import { getTranslations } from "next-intl/server";

/** A placeholder in the shape of the view that is loading. */
export async function Skeleton({ shape }: { shape: "page" | "matrix" | "chart" | "document" }) {
  const t = await getTranslations("common.states");
  const rows = shape === "matrix" ? 8 : shape === "document" ? 12 : 4;
  return (
    <div
      className={`skeleton skeleton-${shape}`}
      role="status"
      aria-live="polite"
      data-testid="skeleton"
    >
      <span className="sr-only">{t("loading")}</span>
      <div className="skeleton-bar wide" />
      <div className="skeleton-bar" />
      {shape === "chart" && <div className="skeleton-block" />}
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  );
}
