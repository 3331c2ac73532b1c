import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { LOCALE_OF } from "@/lib/i18n/lang";
import { requestLang } from "@/lib/i18n/request";
import "./globals.css";

export const metadata: Metadata = {
  title: "Smart City Compare · 智慧城市比较",
  description: "Compare how countries build smart cities, with evidence for every claim.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  return (
    <html lang={LOCALE_OF[lang]}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
