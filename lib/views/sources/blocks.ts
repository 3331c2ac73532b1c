/**
 * A source document as readable blocks. Every piece of text keeps the range of the raw `text` it
 * comes from, so that citation offsets (which count into the raw text) can be highlighted.
 */
export interface Piece {
  /** What the reader sees. */
  text: string;
  /** The raw range [start, end) the piece stands for. */
  start: number;
  end: number;
  /** True when `text` is exactly the raw slice, so the piece can be cut at any offset. */
  verbatim: boolean;
}

export type BlockKind = "title" | "heading" | "paragraph";

export interface Block {
  kind: BlockKind;
  pieces: Piece[];
}

/** HTML white space (not U+3000 or U+00A0, which are text in a Chinese document). */
export const HTML_SPACE = /[ \t\n\r\f]+/g;

const verbatim = (text: string, start: number): Piece => ({
  text,
  start,
  end: start + text.length,
  verbatim: true,
});

/** Plain text: one paragraph per non-empty line, trimmed of white space at either end. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const lead = line[0].length - line[0].trimStart().length;
    const body = line[0].trim();
    if (body) blocks.push({ kind: "paragraph", pieces: [verbatim(body, line.index + lead)] });
  }
  return blocks;
}
