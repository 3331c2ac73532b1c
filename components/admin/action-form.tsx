"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action = (state: ActionResult, form: FormData) => Promise<ActionResult>;

/** A form bound to a server action; shows its answer in both languages, and a secret once. */
export function ActionForm({ action, children, submit, className, confirm }: { action: Action; children?: ReactNode; submit: { zh: string; en: string }; className?: string; confirm?: { zh: string; en: string } }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={className ?? "inline-form"}
      onSubmit={(event) => {
        if (confirm && !window.confirm(`${confirm.zh}\n${confirm.en}`)) event.preventDefault();
      }}
    >
      {children}
      <button type="submit" disabled={pending}>
        <span lang="zh-CN">{submit.zh}</span> · <span lang="en">{submit.en}</span>
      </button>
      {state && (
        <div role="status" className={state.ok ? "form-ok" : "form-error"} data-testid="action-result">
          <p lang="zh-CN">{state.message.zh}</p>
          <p lang="en">{state.message.en}</p>
          {state.secret && <code className="secret" data-testid="secret">{state.secret}</code>}
        </div>
      )}
    </form>
  );
}
