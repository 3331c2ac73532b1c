import { createTranslator } from "next-intl";
import { LOCALE_OF, type Lang } from "./lang";
import { MESSAGES } from "./messages";

/**
 * Messages outside React (view builders, exports), with the same ICU formatting as the pages.
 * A missing message throws: keys are typed, and a gap must fail a test rather than show a key.
 */
export function translator(lang: Lang) {
  return createTranslator({
    locale: LOCALE_OF[lang],
    messages: MESSAGES[lang],
    onError: (error) => {
      throw error;
    },
  });
}
