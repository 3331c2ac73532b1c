"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useApi } from "@/components/use-api";
import type { Lang } from "@/lib/i18n/lang";
import type { DraftItem } from "@/lib/views/editing/draft";
import { DraftChange } from "./draft-change";

/** The draft: its title and description, its changes, and opening it for review. */
export function DraftView({
  id,
  title,
  description,
  items,
  wholeProblems,
  lang,
}: {
  id: string;
  title: string;
  description: string;
  items: DraftItem[];
  wholeProblems: string[];
  lang: Lang;
}) {
  const t = useTranslations("editing.draft");
  const api = useApi();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const path = `/api/v1/change-requests/${encodeURIComponent(id)}`;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await api(path, {
      method: "PATCH",
      body: { title: String(data.get("title")), description: String(data.get("description")) },
    });
    setBusy(false);
    setSaved(result.ok);
    setError(result.ok ? null : result.message);
    if (result.ok) router.refresh();
  };
  const open = async () => {
    setBusy(true);
    const result = await api(path, { method: "PATCH", body: { action: "open" } });
    setBusy(false);
    if (result.ok) router.push(`/curation/requests/${encodeURIComponent(id)}?lang=${lang}`);
    else setError(result.message);
  };
  const remove = async (factKey: string) => {
    const result = await api(`/api/v1/draft?fact=${encodeURIComponent(factKey)}`, {
      method: "DELETE",
    });
    if (result.ok) router.refresh();
    else setError(result.message);
  };

  const problems = wholeProblems.length + items.reduce((n, i) => n + i.problems.length, 0);
  return (
    <div className="edit-draft" data-testid="draft">
      <form className="card edit-draft-meta" onSubmit={save}>
        <label>
          {t("titleLabel")}
          <input name="title" defaultValue={title} required maxLength={200} />
        </label>
        <label>
          {t("description")}
          <textarea name="description" rows={3} defaultValue={description} maxLength={20_000} />
        </label>
        <div className="form-actions">
          <button type="submit" className="secondary" disabled={busy}>
            {t("save")}
          </button>
          {saved && <span role="status">{t("saved")}</span>}
        </div>
      </form>
      <h2>{t("changes", { count: items.length })}</h2>
      <ul className="edit-draft-list">
        {items.map((item) => (
          <DraftChange key={item.factKey} item={item} onRemove={() => remove(item.factKey)} />
        ))}
      </ul>
      {wholeProblems.length > 0 && (
        <div className="form-error" role="alert">
          {wholeProblems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <section className="card edit-open">
        <p>{problems ? t("fixFirst", { count: problems }) : t("openHint")}</p>
        <button type="button" disabled={busy} onClick={open} data-testid="open-for-review">
          {t("open")}
        </button>
      </section>
    </div>
  );
}
