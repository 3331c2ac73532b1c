import { getTranslations } from "next-intl/server";
import { toThreads, NO_FILTERS } from "@/lib/annotations/threads";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { canAnnotate } from "@/lib/permissions";
import type { AnnotationView } from "@/lib/annotations/types";
import { targetItem } from "@/lib/views/annotation-panel";
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
  const threads = toThreads(
    annotations.map((a) => targetItem(a, reader)),
    NO_FILTERS,
  );
  if (threads.length === 0)
    return (
      <p className="muted" data-testid="annotation-list">
        {t("none")}
      </p>
    );
  return (
    <div className="annotation-list" data-testid="annotation-list">
      <ThreadList threads={threads} canWrite={canAnnotate(reader)} />
    </div>
  );
}
