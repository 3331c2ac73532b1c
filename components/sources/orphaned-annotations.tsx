import { getTranslations } from "next-intl/server";
import { AnnotationList } from "@/components/annotations/annotation-list";
import type { CurrentUser } from "@/lib/permissions";
import type { OrphanedGroup } from "@/lib/views/sources/viewer";

/** Annotations whose quote the document no longer contains: listed with that quote, never placed in the text. */
export async function OrphanedAnnotations({
  groups,
  focusedId,
  textLang,
  user,
}: {
  groups: OrphanedGroup[];
  focusedId: string | null;
  textLang: string;
  user: CurrentUser;
}) {
  if (groups.length === 0) return null;
  const t = await getTranslations("sources.orphaned");
  return (
    <section
      id="orphaned-annotations"
      className="orphaned-annotations"
      aria-labelledby="orphaned-title"
      data-testid="orphaned-annotations"
    >
      <h2 id="orphaned-title">{t("title")}</h2>
      <p>{t("hint")}</p>
      <ul>
        {groups.map((g, i) => {
          const [start, end] = g.id.split("-");
          return (
            <li
              key={`${g.id}:${i}`}
              className={g.id === focusedId ? "is-focused" : undefined}
              data-testid={`orphaned-${g.id}`}
            >
              <p className="label">{t("quote")}</p>
              <blockquote className="orphaned-quote" lang={textLang} data-testid="orphaned-quote">
                {g.quote}
              </blockquote>
              <p className="muted">{t("gone", { start, end })}</p>
              <AnnotationList annotations={g.annotations} user={user} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
