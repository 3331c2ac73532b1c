// The briefing's paper: A4 or US Letter, chosen in the report's address (`paper=letter`), and the
// print rules that go with it: the page size, margins, and a page number in every page's footer.

export const PAPERS = ["a4", "letter"] as const;
export type Paper = (typeof PAPERS)[number];

export const parsePaper = (value: string | string[] | undefined): Paper =>
  value === "letter" ? "letter" : "a4";

/** A CSS string literal: quotes, backslashes, line breaks and "<" (which could end the style element) escaped. */
const cssString = (text: string) =>
  `"${text.replace(/["\\]/g, "\\$&").replace(/\n/g, "\\A ").replace(/</g, "\\3C ")}"`;

/**
 * A message with `{page}` and `{pages}` ("Page {page} of {pages}") as the CSS `content` of a page
 * margin box: literal text and page counters.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== "")
    .map((part) =>
      part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part),
    )
    .join(" ");
}

/** The @page rules of the briefing: size, margins, the page number bottom right and the title bottom left. */
export function pageCss(paper: Paper, pageTemplate: string, title: string): string {
  const size = paper === "letter" ? "letter" : "A4";
  return [
    `@page { size: ${size} portrait; margin: 16mm 14mm 18mm 14mm;`,
    `  @bottom-right { content: ${pageCounterContent(pageTemplate)}; font-size: 9pt; color: #57606a; }`,
    `  @bottom-left { content: ${cssString(title)}; font-size: 9pt; color: #57606a; } }`,
    `@page :first { @bottom-left { content: none; } }`,
  ].join("\n");
}
