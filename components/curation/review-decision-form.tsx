"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useRequestAction } from "./request-action";

const DECISIONS = [
  { decision: "approve", label: "approve" },
  { decision: "request-changes", label: "requestChanges" },
  { decision: "reject", label: "reject" },
] as const;

/** An editor's review: a comment and one of three decisions; nobody approves their own request. */
export function ReviewDecisionForm({ id, canApprove }: { id: string; canApprove: boolean }) {
  const t = useTranslations("curation.actions");
  const { run, pending, error } = useRequestAction();
  const [comment, setComment] = useState("");
  return (
    <form className="cr-form" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="cr-review">{t("reviewComment")}</label>
      <textarea
        id="cr-review"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        rows={3}
        maxLength={5000}
      />
      <div className="cr-buttons">
        {DECISIONS.filter((d) => canApprove || d.decision !== "approve").map((d) => (
          <button
            key={d.decision}
            type="button"
            className={d.decision === "approve" ? undefined : "secondary"}
            disabled={pending}
            onClick={async () => {
              const done = await run(`/api/v1/change-requests/${id}/reviews`, "POST", {
                decision: d.decision,
                comment,
              });
              if (done) setComment("");
            }}
          >
            {t(d.label)}
          </button>
        ))}
      </div>
      {!canApprove && <p className="muted">{t("ownRequest")}</p>}
      <ActionError message={error} />
    </form>
  );
}
