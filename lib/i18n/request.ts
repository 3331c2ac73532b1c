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

// An explicit locale (`getTranslations({ locale })`, as a cached part of a page passes it) is used
// without reading the request: headers and cookies cannot be read inside "use cache".
export default getRequestConfig(async ({ locale }) => {
  const lang = parseLang(locale) ?? (await requestLang());
  return { locale: LOCALE_OF[lang], messages: messagesFor(lang), timeZone: "Asia/Shanghai" };
});
