import { Parser } from "htmlparser2";
import { sourceFileError } from "./errors";

// Text kinds (plain, Markdown, HTML) are stored as uploaded, because citations are character
// offsets into the stored text; only the encoding and the line endings are settled here.

const UTF8 = new TextDecoder("utf-8", { fatal: true }); // fatal: refuse, never guess with U+FFFD

/** Bytes as UTF-8 text: a BOM dropped (TextDecoder does so by default), line endings as \n. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  // No text file holds a NUL byte: it is a binary (or UTF-16) file under a text name.
  if (bytes.includes(0)) throw sourceFileError.unknownType(name);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw sourceFileError.corrupt(name);
  }
  return checkText(normaliseNewlines(text), name);
}

export const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * A text file or pasted text: a NUL means it is really binary (and PostgreSQL refuses NULs in
 * text), and a text that is only whitespace has nothing to cite.
 */
export function checkText(text: string, name: string): string {
  if (text.includes("\0")) throw sourceFileError.unknownType(name);
  if (text.trim() === "") throw sourceFileError.empty();
  return text;
}

/** Elements whose content a reader never sees. */
const HIDDEN = new Set(["script", "style", "template", "noscript", "head"]);

/**
 * What a reader of the HTML would see (tags stripped, hidden elements skipped) and its <title> or
 * first <h1>; the stored text stays the raw HTML, this only tells whether there is anything to cite.
 */
export function htmlVisibleText(html: string): { visible: string; title?: string } {
  let hidden = 0;
  let visible = "";
  let title = "";
  let h1 = "";
  let h1Done = false;
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        open.push(name);
        if (HIDDEN.has(name)) hidden++;
      },
      onclosetag(name) {
        open.pop();
        if (HIDDEN.has(name)) hidden--;
        if (name === "h1" && h1.trim() !== "") h1Done = true;
      },
      ontext(text) {
        if (open.includes("title")) title += text;
        else if (hidden === 0) {
          visible += text;
          if (!h1Done && open.includes("h1")) h1 += text;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const clean = (s: string) => s.replace(/\s+/g, " ").trim();
  return { visible, title: clean(title) || clean(h1) || undefined };
}

/** A title to suggest to the editor: in Markdown the first heading if there is one, else the first line. */
export function guessTitle(text: string, markdown = false): string | undefined {
  const heading = markdown ? /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1] : undefined;
  const line = heading ?? text.split("\n").find((l) => l.trim() !== "");
  const title = line?.replace(/\s+/g, " ").trim();
  return title ? title.slice(0, 200) : undefined;
}
