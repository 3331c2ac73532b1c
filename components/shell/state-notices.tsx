import { getTranslations } from "next-intl/server";
import { DATASET_PROBLEMS, type StateProblem } from "@/lib/view-state/state";

const isDatasetProblem = (p: StateProblem) =>
  (DATASET_PROBLEMS as readonly string[]).includes(p.key);

/** Says which parts of a link were ignored, instead of failing or silently changing the view. */
export async function StateNotices({ problems }: { problems: StateProblem[] }) {
  if (problems.length === 0) return null;
  const t = await getTranslations("common.problems");
  // The dataset's version and preview are worded with the history pages.
  const th = await getTranslations("history.views.problems");
  const say = (p: StateProblem) =>
    isDatasetProblem(p)
      ? th(p.key as (typeof DATASET_PROBLEMS)[number], p.values)
      : t(p.key as Exclude<StateProblem["key"], (typeof DATASET_PROBLEMS)[number]>, p.values);
  return (
    <section className="notice" role="status" data-testid="state-notices">
      <p>{t("title")}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{say(p)}</li>
        ))}
      </ul>
    </section>
  );
}
