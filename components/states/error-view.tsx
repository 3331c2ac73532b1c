"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** An error boundary's view: what happened, in the reader's language, and a retry. */
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.states");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="card error-state" role="alert" data-testid="error-state">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {error.digest && <p className="muted"><code>{error.digest}</code></p>}
      <div className="row-actions">
        <button type="button" onClick={reset}>{t("retry")}</button>
        <Link href="/">{t("home")}</Link>
      </div>
    </section>
  );
}
