import { getTranslations } from "next-intl/server";
import { toThreads, NO_FILTERS } from "@/lib/annotations/threads";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { canAnnotate } from "@/lib/permissions";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { targetPermalink } from "@/lib/annotations/w3c/permalink";
import { requestLang } from "@/lib/i18n/request";
import { getSnapshot } from "@/lib/queries/snapshot";
import { placesOf, targetItem } from "@/lib/views/annotation-panel";
import { panelWords } from "@/lib/views/annotation-threads";
import { ThreadList } from "./thread-list";

/**
 * The annotations on one target (a cell, an event, a point, a passage) as threads, with the
 * actions the reader may take: reply, edit, resolve, delete, restore, history.
 */
export async function AnnotationList({
  annotations,
  user,
}: {
  annotations: AnnotationView[];
  user?: CurrentUser;
}) {
  const t = await getTranslations("annotations");
  const reader = user ?? (await getCurrentUser());
  if (!reader) return null;
  // A note on several targets offers each of them (it is listed here at one).
  const several = annotations.some((a) => a.targets.length > 1);
  const context = several ? { data: (await getSnapshot()).data, lang: await requestLang() } : null;
  const threads = toThreads(
    annotations.map((a) => {
      const item = targetItem(a, reader);
      if (!context || a.targets.length < 2) return item;
      const { data, lang } = context;
      const link = (t: AnnotationTarget) => {
        const path = targetPermalink(t, data);
        return `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
      };
      const { places } = placesOf(a, data, lang, panelWords(data, lang), link);
      return { ...item, places };
    }),
    NO_FILTERS,
  );
  if (threads.length === 0)
    return (
      <p className="muted" data-testid="annotation-list">
        {t("none")}
      </p>
    );
  // Resolved threads are hidden by default, one click away (as in the panel and on the charts).
  const open = threads.filter((th) => th.root.status !== "resolved");
  const resolved = threads.filter((th) => th.root.status === "resolved");
  const canWrite = canAnnotate(reader);
  return (
    <div className="annotation-list" data-testid="annotation-list">
      {open.length > 0 ? (
        <ThreadList threads={open} canWrite={canWrite} />
      ) : (
        <p className="muted">{t("noneOpen")}</p>
      )}
      {resolved.length > 0 && (
        <details className="resolved-threads" data-testid="resolved-threads">
          <summary>{t("resolvedThreads", { count: resolved.length })}</summary>
          <ThreadList threads={resolved} canWrite={canWrite} />
        </details>
      )}
    </div>
  );
}
