import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes } from "mdast";

// Markdown as plain words, for places that cannot show markup: an exported chart's legend, the
// report's annotation list. Parsed as the screen renders it (CommonMark, react-markdown), so
// `code`, **emphasis**, [links](…) and fenced blocks keep their words and lose their markup.

const BLOCKS = new Set([
  "paragraph",
  "heading",
  "code",
  "blockquote",
  "listItem",
  "table",
  "tableRow",
  "tableCell",
  "html",
  "thematicBreak",
]);

/** The words of a Markdown text on one line: no markup, whitespace collapsed. */
export function markdownToPlain(markdown: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "image" || node.type === "imageReference") parts.push(node.alt ?? "");
    else if (node.type === "break") parts.push(" ");
    else if (node.type === "html") parts.push(node.value.replace(/<[^>]*>/g, " "));
    else if ("value" in node && typeof node.value === "string") parts.push(node.value);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
    if (BLOCKS.has(node.type)) parts.push(" ");
  };
  walk(fromMarkdown(markdown));
  return parts.join("").replace(/\s+/g, " ").trim();
}
