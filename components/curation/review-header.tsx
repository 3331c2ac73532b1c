import { getTranslations } from "next-intl/server";
import type { ChangeStatus } from "@/lib/curation/changes";
import type { Lang } from "@/lib/i18n/lang";
import { DateTime } from "@/components/ui/date-time";
import { RequestStatus } from "./request-status";

interface HeaderRequest {
  description: string;
  status: ChangeStatus;
  author: { name: string } | null;
  baseVersion: number;
  publishedVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The request's status, who proposed it against which version, when, and its description. */
export async function ReviewHeader({ cr, lang }: { cr: HeaderRequest; lang: Lang }) {
  const t = await getTranslations("curation");
  return (
    <header className="cr-header">
      <p className="cr-meta">
        <RequestStatus status={cr.status} label={t(`status.${cr.status}`)} />
        <span>{t("request.by", { author: cr.author?.name ?? t("hub.unknownAuthor") })}</span>
        <span>{t("request.baseVersion", { version: cr.baseVersion })}</span>
        <span>{t.rich("request.created", { date: () => <DateTime at={cr.createdAt} /> })}</span>
        <span>{t.rich("request.updated", { date: () => <DateTime at={cr.updatedAt} /> })}</span>
      </p>
      {cr.status === "published" && cr.publishedVersion !== null && (
        <p className="form-ok cr-published">
          <a href={`/matrix?version=${cr.publishedVersion}&lang=${lang}`}>
            {t("request.publishedAs", { version: cr.publishedVersion })}
          </a>
        </p>
      )}
      {cr.description.trim() ? (
        <p className="cr-description">{cr.description}</p>
      ) : (
        <p className="muted">{t("request.noDescription")}</p>
      )}
    </header>
  );
}
