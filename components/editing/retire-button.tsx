"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApi } from "@/components/use-api";
import type { Entity, FactKeyFields } from "@/lib/curation/facts";
import type { Lang } from "@/lib/i18n/lang";
import { retireChange } from "@/lib/views/editing/form";

/** Retiring a fact, after saying what it means: a soft delete, its history stays. */
export function RetireButton({
  entity,
  factKey,
  lang,
}: {
  entity: Entity;
  factKey: FactKeyFields;
  lang: Lang;
}) {
  const t = useTranslations("editing.retire");
  const api = useApi();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const retire = async () => {
    setSaving(true);
    const result = await api("/api/v1/draft", {
      method: "POST",
      body: { change: retireChange(entity, factKey) },
    });
    setSaving(false);
    if (result.ok) router.push(`/curation/draft?lang=${lang}`);
    else setError(result.message);
  };
  return (
    <section className="card edit-retire">
      {asking ? (
        <>
          <p>{t("explain")}</p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="danger"
              disabled={saving}
              onClick={retire}
              data-testid="confirm-retire"
            >
              {t("confirm")}
            </button>
            <button type="button" className="link-button" onClick={() => setAsking(false)}>
              {t("cancel")}
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className="link-button danger"
          onClick={() => setAsking(true)}
          data-testid="retire"
        >
          {t("button")}
        </button>
      )}
    </section>
  );
}
