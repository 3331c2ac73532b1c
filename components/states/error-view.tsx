"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** An error boundary's view: what happened, in the reader's language, and a retry that fetches again. */
export function ErrorView({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const t = useTranslations("common.states");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="card error-state" role="alert" data-testid="error-state">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {error.digest && (
        <p className="muted">
          <code>{error.digest}</code>
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={() => retry()}>
          {t("retry")}
        </button>
        <Link href="/">{t("home")}</Link>
      </div>
    </section>
  );
}
