"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DownloadLink } from "./download-link";

/**
 * A view's Export menu: the data behind it as CSV (analysts and above, as the API allows), and a
 * copy of the link that reproduces the view.
 */
export function ExportMenu({ csvHref }: { csvHref: string | null }) {
  const t = useTranslations("common.export");
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <details className="menu export-menu" data-testid="export-menu">
      <summary>{t("label")}</summary>
      <div className="menu-body">
        {csvHref && (
          <DownloadLink href={csvHref} fileName="smart-city-compare.csv" testId="export-csv">
            {t("csv")}
            <span className="muted">{t("csvHint")}</span>
          </DownloadLink>
        )}
        <button type="button" className="link-button" onClick={copy} data-testid="export-copy-link">{t("copyLink")}</button>
        {copied && <p role="status" className={copied === "ok" ? "muted" : "form-error"}>{t(copied === "ok" ? "copied" : "copyFailed")}</p>}
      </div>
    </details>
  );
}
