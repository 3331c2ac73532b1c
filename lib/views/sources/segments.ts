import type { Block, BlockKind, Piece } from "./blocks";

/** A cited range of the raw text. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same cited spans (none for plain text). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Ids of every span covering this run, in span order. */
  covers: string[];
  /** Spans whose first shown run this is (their anchor goes here). */
  first: string[];
  /** Spans whose last shown run this is (their count badge goes here). */
  last: string[];
}

export interface SegmentBlock {
  kind: BlockKind;
  segments: Segment[];
}

/** Cuts a piece at every span boundary inside it; a decoded entity or collapsed space cannot be cut. */
function cut(piece: Piece, spans: readonly Span[]): Piece[] {
  if (!piece.verbatim) return [piece];
  const points = [...new Set(spans.flatMap((s) => [s.start, s.end]).filter((p) => p > piece.start && p < piece.end))].sort((a, b) => a - b);
  const bounds = [piece.start, ...points, piece.end];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i];
    return { text: piece.text.slice(start - piece.start, end - piece.start), start, end, verbatim: true };
  });
}

/**
 * Splits readable blocks into non-overlapping runs, each knowing all the cited spans that cover it.
 * Overlapping and repeated citations are handled alike: a run covered by two spans lists both.
 */
export function highlight(blocks: readonly Block[], spans: readonly Span[]): SegmentBlock[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const result = blocks.map((block): SegmentBlock => {
    const segments: Segment[] = [];
    for (const piece of block.pieces) {
      for (const part of cut(piece, ordered)) {
        const covers = ordered.filter((s) => s.start < part.end && s.end > part.start).map((s) => s.id);
        const previous = segments.at(-1);
        if (previous && previous.covers.join() === covers.join()) {
          previous.text += part.text;
          previous.end = part.end;
        } else segments.push({ text: part.text, start: part.start, end: part.end, covers, first: [], last: [] });
      }
    }
    return { kind: block.kind, segments };
  });
  const all = result.flatMap((b) => b.segments);
  for (const span of ordered) {
    const covering = all.filter((s) => s.covers.includes(span.id));
    covering[0]?.first.push(span.id);
    covering.at(-1)?.last.push(span.id);
  }
  return result;
}

/** The text a span shows: its runs joined. Tests compare it with the quote. */
export const shownText = (blocks: readonly SegmentBlock[], id: string) =>
  blocks.flatMap((b) => b.segments).filter((s) => s.covers.includes(id)).map((s) => s.text).join("");
