"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { callApi, type ApiResult } from "@/lib/api/client";
import { parseLang } from "@/lib/i18n/lang";

/** `callApi` in the reader's language, with the fallback messages of the catalog. */
export function useApi() {
  const t = useTranslations("errors");
  const lang = parseLang(useLocale()) ?? "zh";
  return useCallback(
    <T>(path: string, init?: { method: string; body?: unknown }): Promise<ApiResult<T>> =>
      callApi<T>(
        path,
        lang,
        {
          network: t("network"),
          unexpected: (status) => t("unexpected", { status: String(status) }),
        },
        init,
      ),
    [t, lang],
  );
}
