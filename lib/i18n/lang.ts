export type Lang = "zh" | "en";

/** `?lang=` wins, then Accept-Language; Chinese is the default for our users. */
export function pickLang(request: Request): Lang {
  const param = new URL(request.url).searchParams.get("lang");
  if (param === "en" || param === "zh") return param;
  const header = request.headers.get("accept-language") ?? "";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}
