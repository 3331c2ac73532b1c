"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useApi } from "@/components/use-api";

/** Sets or removes a fact's reviewed mark (editors and admins), then re-renders the view. */
export function ReviewToggle({ fact, reviewed }: { fact: string; reviewed: boolean }) {
  const t = useTranslations("history.views.reviewed");
  const api = useApi();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const toggle = async () => {
    setBusy(true);
    setError(null);
    const result = reviewed
      ? await api(`/api/v1/reviewed?fact=${encodeURIComponent(fact)}`, { method: "DELETE" })
      : await api("/api/v1/reviewed", { method: "POST", body: { fact } });
    setBusy(false);
    // DELETE answers 204 with no body, which the client helper cannot read as JSON.
    if (result.ok || result.status === 204) startTransition(() => router.refresh());
    else setError(result.message);
  };
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={toggle}
        disabled={busy}
        aria-pressed={reviewed}
        data-testid="review-toggle"
      >
        {busy ? t("saving") : reviewed ? t("clear") : t("mark")}
      </button>
      {error && (
        <span className="review-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
