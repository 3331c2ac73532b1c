import { getTranslations } from "next-intl/server";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { datasetCounts } from "@/lib/views/overview";

type Counts = ReturnType<typeof datasetCounts>;
const KEYS = ["countries", "dimensions", "assessments", "events", "citations", "sources"] as const;

export async function DatasetCounts({ counts, lang }: { counts: Counts; lang: Lang }) {
  const t = await getTranslations({ locale: LOCALE_OF[lang], namespace: "overview" });
  return (
    <section aria-labelledby="dataset-title">
      <h2 id="dataset-title">{t("dataset")}</h2>
      <ul className="stats compact">
        {KEYS.map((key) => (
          <li key={key} className="card">
            <div className="stat" data-testid={`count-${key}`}>
              {counts[key]}
            </div>
            <span>{t(`counts.${key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
