"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useApi } from "@/components/use-api";

/**
 * Calls the change-request API and refreshes the page on success, so the server-drawn page shows
 * the new state; an error keeps the API's message (in the reader's language) for the form to show.
 */
export function useRequestAction() {
  const api = useApi();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T,>(path: string, method: string, body?: unknown): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const result = await api<T>(path, { method, body });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      // A conflict on publishing: the refreshed page draws the conflict table.
      if (result.status === 409) startTransition(() => router.refresh());
      return null;
    }
    startTransition(() => router.refresh());
    return result.data;
  };
  return { run, pending: busy || pending, error };
}

export function ActionError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="form-error" data-testid="action-error">
      <p>{message}</p>
    </div>
  );
}

/** One button that sends one request, after an optional confirmation. */
export function ActionButton({
  path,
  method,
  body,
  label,
  confirm,
  className,
}: {
  path: string;
  method: string;
  body?: unknown;
  label: string;
  confirm?: string;
  className?: string;
}) {
  const { run, pending, error } = useRequestAction();
  return (
    <div className="cr-action">
      <button
        type="button"
        className={className}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          void run(path, method, body);
        }}
      >
        {label}
      </button>
      <ActionError message={error} />
    </div>
  );
}
