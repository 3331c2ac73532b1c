"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

type Action = (state: ActionResult, form: FormData) => Promise<ActionResult>;

/** A form bound to a server action; shows its answer, and a secret once. */
export function ActionForm({
  action,
  children,
  submit,
  className,
  confirm,
}: {
  action: Action;
  children?: ReactNode;
  submit: string;
  className?: string;
  confirm?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={className ?? "inline-form"}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
      <button type="submit" disabled={pending}>
        {submit}
      </button>
      {state && (
        <div
          role="status"
          className={state.ok ? "form-ok" : "form-error"}
          data-testid="action-result"
        >
          <p>{state.message}</p>
          {state.secret && (
            <code className="secret" data-testid="secret">
              {state.secret}
            </code>
          )}
        </div>
      )}
    </form>
  );
}
