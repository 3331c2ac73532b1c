import { getTranslations } from "next-intl/server";
import { focusTarget } from "@/lib/annotations/scope";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canAnnotate } from "@/lib/permissions";
import { listAnnotations } from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { AnnotationForm } from "./annotation-form";
import { AnnotationList } from "./annotation-list";

/** The annotations on a chart's focused item (a figure, an actor, an event), and a form to add one. */
export async function FocusAnnotations({ chart, focus }: { chart: string; focus: string | null }) {
  const user = await getCurrentUser();
  const found = focus && user ? focusTarget(chart, focus, await getDatasetSnapshot()) : null;
  if (!found || !user) return null;
  const t = await getTranslations("annotations");
  const lists = await Promise.all(found.keys.map((targetKey) => listAnnotations(user, { targetKey, limit: 200 })));
  return (
    <section className="focus-annotations" data-testid="focus-annotations">
      <h3>{t("title")}</h3>
      <AnnotationList annotations={lists.flatMap((l) => l.annotations)} user={user} />
      {canAnnotate(user) ? <AnnotationForm target={found.target} /> : <p className="muted">{t("viewersRead")}</p>}
    </section>
  );
}
