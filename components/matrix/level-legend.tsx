import { getTranslations } from "next-intl/server";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import { LevelChip } from "./level-chip";

const TONES = [1, 2, 3, 4, 5];

/** The heatmap legend: five tones from the lowest level of a scale to the highest. */
export async function LevelLegend({ lang }: { lang: Lang }) {
  const t = await getTranslations({ locale: LOCALE_OF[lang], namespace: "matrix" });
  return (
    <div className="legend" data-testid="matrix-legend">
      <span className="legend-title">{t("legend")}</span>
      <span className="muted">{t("low")}</span>
      <ol className="legend-scale" aria-hidden="true">
        {TONES.map((tone) => (
          <li key={tone}>
            <LevelChip tone={tone}>&nbsp;&nbsp;</LevelChip>
          </li>
        ))}
      </ol>
      <span className="muted">{t("high")}</span>
      <span className="muted legend-help">{t("legendHelp")}</span>
    </div>
  );
}
