import { createTranslator } from "use-intl/core";
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

/** Message parameters; a list is joined as the language writes an enumeration. */
export type MessageParams = Record<string, string | number | readonly string[]>;

/**
 * A list as the language writes it: an enumeration ("a, b, c") in labels and messages, or a
 * phrase ("Japan and the United States") in running text.
 */
export const formatList = (
  items: readonly string[],
  lang: Lang,
  kind: "enumeration" | "phrase" = "enumeration",
) =>
  new Intl.ListFormat(LOCALE_OF[lang], {
    type: "conjunction",
    style: kind === "enumeration" ? "narrow" : "long",
  }).format(items);

/** A message named at run time (`errors.noSuchToken`), e.g. by an error that was raised without a language. */
export function translateKey(lang: Lang, key: string, params: MessageParams = {}): string {
  const values = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? formatList(v, lang) : v]),
  );
  return (translator(lang) as unknown as (key: string, values: Record<string, unknown>) => string)(
    key,
    values,
  );
}
