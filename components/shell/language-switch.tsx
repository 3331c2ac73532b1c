import { getTranslations } from "next-intl/server";
import { LANGS, LOCALE_OF, type Lang } from "@/lib/i18n/lang";

/**
 * Links rather than a control: the language is part of the URL, and the proxy remembers it in a
 * cookie. Plain `<a>` on purpose: a full load re-renders the root layout (`<html lang>`, the
 * client messages), which a client-side navigation would keep.
 */
export async function LanguageSwitch({
  current,
  href,
}: {
  current: Lang;
  href: (lang: Lang) => string;
}) {
  const t = await getTranslations("common.language");
  return (
    <nav aria-label={t("label")} className="lang-switch">
      {LANGS.map((lang) => (
        <a
          key={lang}
          href={href(lang)}
          hrefLang={LOCALE_OF[lang]}
          lang={LOCALE_OF[lang]}
          aria-current={lang === current ? "true" : undefined}
          data-testid={`lang-${lang}`}
        >
          {t(lang)}
        </a>
      ))}
    </nav>
  );
}
