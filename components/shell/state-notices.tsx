import { getTranslations } from "next-intl/server";
import type { StateProblem } from "@/lib/view-state/state";

/** Says which parts of a link were ignored, instead of failing or silently changing the view. */
export async function StateNotices({ problems }: { problems: StateProblem[] }) {
  if (problems.length === 0) return null;
  const t = await getTranslations("common.problems");
  return (
    <section className="notice" role="status" data-testid="state-notices">
      <p>{t("title")}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{t(p.key, p.values)}</li>
        ))}
      </ul>
    </section>
  );
}
