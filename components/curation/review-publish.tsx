"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useRequestAction } from "./request-action";

/** Publishes an approved request and says which version it made. */
export function ReviewPublish({ id, lang }: { id: string; lang: string }) {
  const t = useTranslations("curation.actions");
  const { run, pending, error } = useRequestAction();
  const [version, setVersion] = useState<number | null>(null);
  if (version !== null)
    return (
      <div role="status" className="form-ok" data-testid="published">
        <p>
          {t("published", { version })}{" "}
          <a href={`/matrix?version=${version}&lang=${lang}`}>{t("viewVersion", { version })}</a>
        </p>
      </div>
    );
  return (
    <div className="cr-action">
      <p className="muted">{t("publishHelp")}</p>
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          const done = await run<{ version: number }>(
            `/api/v1/change-requests/${id}/publish`,
            "POST",
          );
          if (done) setVersion(done.version);
        }}
      >
        {pending ? t("working") : t("publish")}
      </button>
      <ActionError message={error} />
    </div>
  );
}
