"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { downloadExport } from "@/lib/export/download";

/**
 * A download that says what is happening: after 300 ms a "preparing" note, and when the export
 * fails, why (the API's message). The link still works without JavaScript.
 */
export function DownloadLink({
  href,
  fileName,
  testId,
  children,
}: {
  href: string;
  fileName: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useTranslations("common.export");
  const [state, setState] = useState<{ busy: boolean; slow: boolean; error: string | null }>({
    busy: false,
    slow: false,
    error: null,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const start = async () => {
    if (state.busy) return;
    setState({ busy: true, slow: false, error: null });
    timer.current = setTimeout(() => setState((s) => ({ ...s, slow: true })), 300);
    const result = await downloadExport(href, fileName, t("offline"));
    if (timer.current) clearTimeout(timer.current);
    setState({ busy: false, slow: false, error: result.ok ? null : result.message });
  };
  return (
    <>
      <a
        href={href}
        download={fileName}
        data-testid={testId}
        aria-busy={state.busy}
        onClick={(e) => (e.preventDefault(), void start())}
      >
        {children}
      </a>
      {state.slow && (
        <p role="status" className="muted export-progress">
          {t("preparing")}
        </p>
      )}
      {state.error && (
        <p role="alert" className="form-error">
          {t("failed", { message: state.error })}
        </p>
      )}
    </>
  );
}
