import { getFormatter, getTranslations } from "next-intl/server";
import type { AnnotationView } from "@/lib/queries/annotations";
import { MarkdownBody } from "./markdown-body";

/** The annotations on one target, newest first, with author, time, status and tags. */
export async function AnnotationList({ annotations }: { annotations: AnnotationView[] }) {
  const t = await getTranslations("annotations");
  const format = await getFormatter();
  if (annotations.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ol className="annotation-list" data-testid="annotation-list">
      {annotations.map((a) => (
        <li key={a.id} className="annotation" data-annotation={a.id}>
          <p className="annotation-meta muted">
            <strong>{a.author.name}</strong> · <time dateTime={a.createdAt}>{format.dateTime(new Date(a.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
            {a.visibility === "private" && <span className="badge">{t("draft")}</span>}
            {a.status === "resolved" && <span className="badge">{t("resolved")}</span>}
            {a.editedAt && <span className="badge">{t("edited")}</span>}
          </p>
          <MarkdownBody source={a.body} />
          {a.tags.length > 0 && (
            <ul className="annotation-tags">
              {a.tags.map((tag) => <li key={tag}>#{tag}</li>)}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
