import { getTranslations } from "next-intl/server";
import { AnnotationForm } from "@/components/annotations/annotation-form";
import { AnnotationList } from "@/components/annotations/annotation-list";
import type { CurrentUser } from "@/lib/permissions";
import { canAnnotate } from "@/lib/permissions";
import type { FocusedPassage } from "@/lib/views/sources/viewer";

/** The annotations on the focused passage (those that moved here apart, and said so), and the form to add one. */
export async function PassageAnnotations({ focused, user }: { focused: FocusedPassage; user: CurrentUser }) {
  const t = await getTranslations("sources");
  const ta = await getTranslations("annotations");
  const { annotations, moved } = focused;
  return (
    <section className="passage-annotations" aria-labelledby="passage-annotations-title" data-testid="passage-annotations">
      <h3 id="passage-annotations-title">{t("panel.annotations")}</h3>
      {(annotations.length > 0 || moved.length === 0) && <AnnotationList annotations={annotations} user={user} />}
      {moved.length > 0 && (
        <div className="moved-annotations" data-testid="moved-annotations">
          <h4>
            <span className="annotation-moved">{t("annotated.moved")}</span> {t("panel.movedTitle", { count: moved.length })}
          </h4>
          <p className="muted">{t("annotated.movedHint")}</p>
          <AnnotationList annotations={moved} user={user} />
        </div>
      )}
      {canAnnotate(user) ? <AnnotationForm key={focused.id} target={focused.target} /> : <p className="muted">{ta("viewersRead")}</p>}
    </section>
  );
}
