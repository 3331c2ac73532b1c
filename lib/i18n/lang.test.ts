import { describe, expect, it } from "vitest";
import { LANG_COOKIE, parseLang, pickLang } from "./lang";

const request = (url: string, headers: Record<string, string> = {}) =>
  new Request(url, { headers });

describe("pickLang", () => {
  it("prefers ?lang=, then the cookie, then Accept-Language, then Chinese", () => {
    const cookie = { cookie: `a=1; ${LANG_COOKIE}=en` };
    expect(pickLang(request("http://x/?lang=zh-CN", cookie))).toBe("zh");
    expect(pickLang(request("http://x/", { ...cookie, "accept-language": "zh" }))).toBe("en");
    expect(pickLang(request("http://x/", { "accept-language": "en-GB,en;q=0.8" }))).toBe("en");
    expect(pickLang(request("http://x/?lang=fr"))).toBe("zh");
  });

  it("names only zh, zh-CN and en", () => {
    expect([parseLang("EN"), parseLang("zh-cn"), parseLang("ja"), parseLang(null)]).toEqual([
      "en",
      "zh",
      null,
      null,
    ]);
  });
});
