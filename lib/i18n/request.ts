import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import {
  LANG_COOKIE,
  LANG_HEADER,
  LOCALE_OF,
  langFromAcceptLanguage,
  parseLang,
  type Lang,
} from "./lang";
import { messagesFor } from "./messages";
import {
  FALLBACK_TIME_ZONE,
  TIME_ZONE_CHOSEN_COOKIE,
  TIME_ZONE_COOKIE,
  parseTimeZone,
} from "./time-zone";

/** The language of this request: `?lang=` (passed on by proxy.ts), the remembered cookie, Accept-Language. */
export async function requestLang(): Promise<Lang> {
  const h = await headers();
  const c = await cookies();
  return (
    parseLang(h.get(LANG_HEADER)) ??
    parseLang(c.get(LANG_COOKIE)?.value) ??
    langFromAcceptLanguage(h.get("accept-language"))
  );
}

/** The reader's time zone, as their browser reported it in a cookie; UTC until it has (or if it lies). */
export async function requestTimeZone(): Promise<string> {
  const c = await cookies();
  return parseTimeZone(c.get(TIME_ZONE_COOKIE)?.value) ?? FALLBACK_TIME_ZONE;
}

/** Whether the reader chose their zone on /settings rather than letting the browser say. */
export async function requestTimeZoneChosen(): Promise<boolean> {
  return (await cookies()).get(TIME_ZONE_CHOSEN_COOKIE)?.value === "1";
}

// An explicit locale (`getTranslations({ locale })`, as a cached part of a page passes it) is used
// without reading the request: headers and cookies cannot be read inside "use cache". Such parts
// show no times, so UTC stands in for the reader's zone there.
export default getRequestConfig(async ({ locale }) => {
  const explicit = parseLang(locale);
  const lang = explicit ?? (await requestLang());
  const timeZone = explicit ? FALLBACK_TIME_ZONE : await requestTimeZone();
  return { locale: LOCALE_OF[lang], messages: messagesFor(lang), timeZone };
});
