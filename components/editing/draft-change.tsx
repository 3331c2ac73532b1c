"use client";

import { useTranslations } from "next-intl";
import type { DraftItem } from "@/lib/views/editing/draft";
import { FieldErrorList } from "./field-errors";

/** One change of the draft: which fact, what it does, the fields it sets. */
export function DraftChange({ item, onRemove }: { item: DraftItem; onRemove: () => void }) {
  const t = useTranslations("editing.draft");
  return (
    <li className="card edit-draft-item" data-fact={item.factKey}>
      <p className="edit-draft-head">
        <span className={`edit-op edit-op-${item.op}`}>{t(`ops.${item.op}`)}</span>{" "}
        <span className="muted">{item.entityName}</span> <strong>{item.label}</strong>
        {item.detail && <span className="muted"> · {item.detail}</span>}
      </p>
      {item.fields.length > 0 && (
        <p className="muted">{t("fields", { fields: item.fields.join(t("separator")) })}</p>
      )}
      {(item.citationsAdded > 0 || item.citationsRemoved > 0) && (
        <p className="muted">
          {t("citations", { added: item.citationsAdded, removed: item.citationsRemoved })}
        </p>
      )}
      <FieldErrorList messages={item.problems} />
      <div className="form-actions">
        {item.op !== "retire" && <a href={item.editHref}>{t("edit")}</a>}
        <button type="button" className="link-button danger" onClick={onRemove}>
          {t("remove")}
        </button>
      </div>
    </li>
  );
}
