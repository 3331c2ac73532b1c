"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { AnnotationTarget } from "@/lib/annotations/targets";

/** Adds an annotation to a target through the API; the page then shows it (and so does everyone's, live). */
export function AnnotationForm({ target }: { target: AnnotationTarget }) {
  const t = useTranslations("annotations");
  const locale = useLocale();
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaving(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/annotations?lang=${locale === "en" ? "en" : "zh"}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          target,
          body: String(data.get("body") ?? ""),
          tags: String(data.get("tags") ?? "").split(/\s+/).filter(Boolean),
          visibility: data.get("private") ? "private" : "team",
        }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? String(response.status));
        return;
      }
      form.reset();
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="annotation-form" onSubmit={submit} data-testid="annotation-form">
      <label>
        {t("body")}
        <textarea name="body" rows={3} required maxLength={10_000} />
      </label>
      <label>
        {t("tags")}
        <input name="tags" />
      </label>
      <label className="checkbox">
        <input type="checkbox" name="private" /> {t("private")}
      </label>
      {error && <p className="form-error" role="alert">{t("failed", { message: error })}</p>}
      <button type="submit" disabled={saving}>{saving ? t("saving") : t("submit")}</button>
    </form>
  );
}
