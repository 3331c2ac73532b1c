import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages, type Section } from "@/lib/i18n/client-messages";
import { requestLang } from "@/lib/i18n/request";

/** The messages the browser needs: the shell's, and a section's own when its layout names it. */
export async function ClientMessages({
  section,
  children,
}: {
  section?: Section;
  children: ReactNode;
}) {
  const lang = await requestLang();
  return (
    <NextIntlClientProvider messages={clientMessages(lang, section)}>
      {children}
    </NextIntlClientProvider>
  );
}
