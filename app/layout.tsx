import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";
import { TimeZoneSync } from "@/components/shell/time-zone-sync";
import { LOCALE_OF } from "@/lib/i18n/lang";
import { requestLang } from "@/lib/i18n/request";
import "./globals.css";
import "./styles/curation.css";
import "./styles/editing.css";
import "./styles/history.css";
import "./styles/report.css";
import "./styles/sourcing.css";
import "./styles/fact-notes.css";
import "./styles/notifications.css";
import "./styles/responsive.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.meta");
  return { title: t("title"), description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  return (
    <html lang={LOCALE_OF[lang]}>
      <body>
        <ClientMessages>
          <TimeZoneSync />
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
