import { getTranslations } from "next-intl/server";

const LEVELS = [1, 2, 3, 4, 5];

/** The heatmap legend: the colour of each scale level. */
export async function LevelLegend() {
  const t = await getTranslations("matrix");
  return (
    <div className="legend" data-testid="matrix-legend">
      <span className="legend-title">{t("legend")}</span>
      <ol className="legend-scale" aria-label={t("legend")}>
        {LEVELS.map((level) => <li key={level} className={`chip level-${level}`}>{level}</li>)}
      </ol>
      <span className="muted legend-help">{t("legendHelp")}</span>
    </div>
  );
}
