"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useApi } from "@/components/use-api";

/** Proposes an older value again: a new change request, opened for review where it was made. */
export function RestoreButton({ fact, version }: { fact: string; version: number }) {
  const t = useTranslations("history.fact");
  const lang = useLocale();
  const api = useApi();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setError(null);
    const result = await api<{ changeRequest: { id: string } }>("/api/v1/history/restore", {
      method: "POST",
      body: { fact, version },
    });
    if (result.ok) router.push(`/curation/requests/${result.data.changeRequest.id}?lang=${lang}`);
    else {
      setError(result.message);
      setBusy(false);
    }
  };
  return (
    <div className="restore">
      <button type="button" onClick={restore} disabled={busy} data-testid={`restore-${version}`}>
        {t("restore")}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
