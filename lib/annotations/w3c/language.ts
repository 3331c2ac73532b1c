/**
 * The language of a text body, as a BCP 47 tag, by the script it is written in: any Han character
 * makes it Chinese (`zh`; a Chinese note often quotes English words), else any Latin letter
 * English (`en`; the dashboard's other language), else undetermined (`und`: numbers, symbols).
 * A rule for our two languages, not a language detector: a note in French is tagged `en`.
 */
export function textLanguage(text: string): "zh" | "en" | "und" {
  if (/\p{Script=Han}/u.test(text)) return "zh";
  if (/\p{Script=Latin}/u.test(text)) return "en";
  return "und";
}

/** A nickname (foaf:nick) for a user, who has no handle of their own: the display name's first word. */
export const nickname = (name: string) => name.trim().split(/\s+/)[0] || name;
