import { createTranslator } from "next-intl";
import { LOCALE_OF, type Lang } from "./lang";
import { MESSAGES } from "./messages";

/** Messages outside React (view builders, exports), with the same ICU formatting as the pages. */
export function translator(lang: Lang) {
  return createTranslator({ locale: LOCALE_OF[lang], messages: MESSAGES[lang] });
}
