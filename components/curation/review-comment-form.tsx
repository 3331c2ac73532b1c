"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useRequestAction } from "./request-action";

/** Adds a comment to the request's thread. */
export function ReviewCommentForm({ id }: { id: string }) {
  const t = useTranslations("curation.actions");
  const { run, pending, error } = useRequestAction();
  const [body, setBody] = useState("");
  return (
    <form
      className="cr-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await run(`/api/v1/change-requests/${id}/comments`, "POST", { body });
        if (done) setBody("");
      }}
    >
      <label htmlFor="cr-comment">{t("commentLabel")}</label>
      <textarea
        id="cr-comment"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={3}
        maxLength={5000}
        required
      />
      <div>
        <button type="submit" disabled={pending || body.trim() === ""}>
          {pending ? t("working") : t("send")}
        </button>
      </div>
      <ActionError message={error} />
    </form>
  );
}
