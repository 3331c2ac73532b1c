import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n/lang";

/** No draft yet: how changes get into one. */
export async function DraftEmpty({ lang }: { lang: Lang }) {
  const t = await getTranslations("editing.draft");
  return (
    <section className="card edit-empty" data-testid="draft-empty">
      <h2>{t("emptyTitle")}</h2>
      <p>{t("emptyBody")}</p>
      <ul>
        <li>
          {t.rich("emptyEdit", {
            link: (c: ReactNode) => <a href={`/matrix?lang=${lang}`}>{c}</a>,
          })}
        </li>
        <li>
          {t.rich("emptyCite", {
            link: (c: ReactNode) => <a href={`/sources?lang=${lang}`}>{c}</a>,
          })}
        </li>
        <li>
          {t.rich("emptyNew", {
            link: (c: ReactNode) => <a href={`/curation/edit/event?lang=${lang}`}>{c}</a>,
          })}
        </li>
      </ul>
    </section>
  );
}
