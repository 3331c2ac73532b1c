import { getTranslations } from "next-intl/server";
import { LANGS } from "@/lib/i18n/lang";
import { viewHref, type ViewState } from "@/lib/view-state/state";

/**
 * Links rather than a control: the language is part of the URL, and the proxy remembers it in a
 * cookie. Plain `<a>` on purpose: a full load re-renders the root layout (`<html lang>`, the
 * client messages), which a client-side navigation would keep.
 */
export async function LanguageSwitch({ path, state }: { path: string; state: ViewState }) {
  const t = await getTranslations("common.language");
  return (
    <nav aria-label={t("label")} className="lang-switch">
      {LANGS.map((lang) => (
        <a key={lang} href={viewHref(path, state, { lang })} hrefLang={lang === "zh" ? "zh-CN" : "en"} lang={lang === "zh" ? "zh-CN" : "en"} aria-current={lang === state.lang ? "true" : undefined} data-testid={`lang-${lang}`}>
          {t(lang)}
        </a>
      ))}
    </nav>
  );
}
