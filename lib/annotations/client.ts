/** Tags as typed in a form: words separated by spaces or commas (ASCII or fullwidth), "#" optional. */
export const parseTags = (text: string) =>
  text
    .split(/[\s,\uFF0C]+/)
    .map((t) => t.replace(/^#/, ""))
    .filter(Boolean);
