export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The cookie that remembers the chosen language, and the header the proxy passes a `?lang=` on with. */
export const LANG_COOKIE = "scc-lang";
export const LANG_HEADER = "x-scc-lang";

/** BCP 47 tags for `<html lang>` and Intl formatting. */
export const LOCALE_OF: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** "zh", "zh-CN" and "en" (any case) name a language; anything else does not. */
export function parseLang(value: string | null | undefined): Lang | null {
  const v = value?.trim().toLowerCase();
  if (v === "en") return "en";
  if (v === "zh" || v === "zh-cn") return "zh";
  return null;
}

/** The first language of an Accept-Language header; Chinese is the default for our users. */
export function langFromAcceptLanguage(header: string | null): Lang {
  const first = header?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return null;
}

/** The remembered choice, then Accept-Language: a request's language without its URL (sign-in). */
export const langOfHeaders = (cookie: string | null, acceptLanguage: string | null): Lang =>
  parseLang(cookieValue(cookie, LANG_COOKIE)) ?? langFromAcceptLanguage(acceptLanguage);

/** `?lang=` wins, then the remembered choice, then Accept-Language. */
export function pickLang(request: Request): Lang {
  return (
    parseLang(new URL(request.url).searchParams.get("lang")) ??
    parseLang(cookieValue(request.headers.get("cookie"), LANG_COOKIE)) ??
    langFromAcceptLanguage(request.headers.get("accept-language"))
  );
}
