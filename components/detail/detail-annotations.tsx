import { getTranslations } from "next-intl/server";
import { AnnotationForm } from "@/components/annotations/lazy";
import { AnnotationList } from "@/components/annotations/annotation-list";
import { RefreshOn } from "@/components/annotations/refresh-on";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canAnnotate } from "@/lib/permissions";
import { listAnnotations } from "@/lib/queries/annotation-lists";
import { requestLang } from "@/lib/i18n/request";
import { getSnapshot } from "@/lib/queries/snapshot";
import { compareChoices } from "@/lib/views/annotation-compare";
import { panelWords } from "@/lib/views/annotation-threads";

/** The other countries' facts a note on `target` may compare it with (none for a passage or a view). */
async function compareWith(target: AnnotationTarget) {
  const [{ data }, lang] = await Promise.all([getSnapshot(), requestLang()]);
  return compareChoices(target, data, lang, panelWords(data, lang));
}

/**
 * The annotations of a detail's target, and a form to add one: the one way annotations reach a
 * detail panel. `given` are lists prepared by the view (a passage's own and those that moved
 * there), else they are read for `keys`.
 */
export async function DetailAnnotations({
  target,
  keys,
  given,
  testId = "focus-annotations",
}: {
  target: AnnotationTarget;
  keys: string[];
  given?: { annotations: AnnotationView[]; heading?: string; testId?: string }[];
  testId?: string;
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const t = await getTranslations("annotations");
  const lists = given ?? [
    {
      annotations: (
        await Promise.all(keys.map((targetKey) => listAnnotations(user, { targetKey, limit: 200 })))
      ).flatMap((l) => l.annotations),
    },
  ];
  return (
    <section className="detail-annotations" data-testid={testId}>
      <h3>{t("title")}</h3>
      <RefreshOn keys={keys} />
      {lists.map((list, i) => (
        <div key={i} data-testid={list.testId}>
          {list.heading && <h4>{list.heading}</h4>}
          <AnnotationList annotations={list.annotations} user={user} />
        </div>
      ))}
      {canAnnotate(user) ? (
        <AnnotationForm
          key={JSON.stringify(target)}
          target={target}
          compare={await compareWith(target)}
        />
      ) : (
        <p className="muted">{t("viewersRead")}</p>
      )}
    </section>
  );
}
