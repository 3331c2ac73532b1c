import { Parser } from "htmlparser2";
import { HTML_SPACE, type Block, type BlockKind, type Piece } from "./blocks";

/** Elements that start and end a block of text. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
/** Elements whose content is not text for the reader. */
const HIDDEN = new Set(["head", "script", "style", "template", "title", "noscript"]);
/** Pages styled like the NDRC article mark section headings as large paragraphs: `<p style="font-size:24px">`. */
const HEADING_SIZE_PX = 20;

/** A YAML front matter block (`---\nlayout: …\n---`) at the start: page metadata, not text. */
export function frontMatterEnd(text: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

function kindOf(name: string, attribs: Record<string, string>): BlockKind {
  if (name === "h1") return "title";
  if (/^h[2-6]$/.test(name)) return "heading";
  const size = /font-size\s*:\s*(\d+(?:\.\d+)?)px/i.exec(attribs.style ?? "");
  return size && Number(size[1]) >= HEADING_SIZE_PX ? "heading" : "paragraph";
}

/** Splits a text run into words and white space; a run of white space reads as one space. */
function spacedPieces(text: string, start: number): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const space of text.matchAll(HTML_SPACE)) {
    if (space.index > at)
      pieces.push({
        text: text.slice(at, space.index),
        start: start + at,
        end: start + space.index,
        verbatim: true,
      });
    const end = space.index + space[0].length;
    pieces.push({
      text: " ",
      start: start + space.index,
      end: start + end,
      verbatim: space[0] === " ",
    });
    at = end;
  }
  if (at < text.length)
    pieces.push({
      text: text.slice(at),
      start: start + at,
      end: start + text.length,
      verbatim: true,
    });
  return pieces;
}

const isSpace = (piece: Piece | undefined) => piece?.text === " ";

/**
 * HTML as readable text: headings and paragraphs, no tags, no front matter, white space collapsed.
 * htmlparser2 decodes entities and reports each text run's raw range, so a decoded entity becomes
 * a piece that stands for its whole raw `&…;`.
 */
export function htmlBlocks(text: string): Block[] {
  const skip = frontMatterEnd(text);
  const blocks: Block[] = [];
  const stack: { name: string; kind: BlockKind | null }[] = [];
  let hidden = 0;
  let current: Block | null = null;

  const close = () => {
    while (current && isSpace(current.pieces.at(-1))) current.pieces.pop();
    if (current && current.pieces.length > 0) blocks.push(current);
    current = null;
  };
  const add = (piece: Piece) => {
    if (isSpace(piece) && (!current || isSpace(current.pieces.at(-1)))) return;
    if (!current)
      current = { kind: stack.findLast((e) => e.kind !== null)?.kind ?? "paragraph", pieces: [] };
    current.pieces.push(piece);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) close();
        stack.push({ name, kind: BLOCK.has(name) ? kindOf(name, attribs) : null });
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCK.has(name)) close();
        const at = stack.findLastIndex((e) => e.name === name);
        if (at >= 0) stack.length = at;
      },
      ontext(data) {
        if (hidden > 0) return;
        const start = skip + parser.startIndex;
        const end = skip + parser.endIndex + 1;
        if (text.slice(start, end) === data)
          for (const piece of spacedPieces(data, start)) add(piece);
        else add({ text: data, start, end, verbatim: false });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(text.slice(skip));
  close();
  return blocks;
}
