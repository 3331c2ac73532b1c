import type { Block, BlockKind, Piece } from "./blocks";

/** A range of the raw text: a cited passage or an annotated one. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** The spans of one kind covering a run, and the spans whose first or last shown run it is. */
export interface Layer {
  /** Ids of every span covering this run, in span order. */
  covers: string[];
  /** Spans whose first shown run this is (their anchor goes here). */
  first: string[];
  /** Spans whose last shown run this is (their count badge goes here). */
  last: string[];
}

/** A run of text covered by the same cited spans (the fields of Layer) and the same annotated spans (`notes`). */
export interface Segment extends Layer {
  text: string;
  start: number;
  end: number;
  /** True when `text` is exactly the raw slice [start, end): a selection inside it maps to raw offsets. */
  verbatim: boolean;
  /** Annotated spans, the same way. */
  notes: Layer;
}

export interface SegmentBlock {
  kind: BlockKind;
  segments: Segment[];
}

/** Cuts a piece at every span boundary inside it; a decoded entity or collapsed space cannot be cut. */
function cut(piece: Piece, points: readonly number[]): Piece[] {
  if (!piece.verbatim) return [piece];
  const bounds = [
    piece.start,
    ...points.filter((p) => p > piece.start && p < piece.end),
    piece.end,
  ];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i];
    return {
      text: piece.text.slice(start - piece.start, end - piece.start),
      start,
      end,
      verbatim: true,
    };
  });
}

const byPlace = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const covering = (spans: readonly Span[], part: { start: number; end: number }) =>
  spans.filter((s) => s.start < part.end && s.end > part.start).map((s) => s.id);

/** Marks each span's first and last run in one layer. */
function markEnds(
  runs: readonly Segment[],
  spans: readonly Span[],
  layerOf: (s: Segment) => Layer,
) {
  for (const span of spans) {
    const covered = runs.filter((s) => layerOf(s).covers.includes(span.id));
    if (covered.length === 0) continue;
    layerOf(covered[0]).first.push(span.id);
    layerOf(covered.at(-1)!).last.push(span.id);
  }
}

/**
 * Splits readable blocks into non-overlapping runs, each knowing all the cited spans and all the
 * annotated spans that cover it. Overlapping and repeated spans are handled alike: a run covered by
 * two spans lists both. Runs join only where the raw text is contiguous and verbatim, so every run
 * of `verbatim` text maps back to raw offsets exactly.
 */
export function highlight(
  blocks: readonly Block[],
  spans: readonly Span[],
  annotated: readonly Span[] = [],
): SegmentBlock[] {
  const cited = [...spans].sort(byPlace);
  const notes = [...annotated].sort(byPlace);
  const points = [...new Set([...cited, ...notes].flatMap((s) => [s.start, s.end]))].sort(
    (a, b) => a - b,
  );
  const result = blocks.map((block): SegmentBlock => {
    const segments: Segment[] = [];
    for (const piece of block.pieces) {
      for (const part of cut(piece, points)) {
        const covers = covering(cited, part);
        const noted = covering(notes, part);
        const previous = segments.at(-1);
        const joins = previous && previous.verbatim && part.verbatim && previous.end === part.start;
        if (
          joins &&
          previous.covers.join() === covers.join() &&
          previous.notes.covers.join() === noted.join()
        ) {
          previous.text += part.text;
          previous.end = part.end;
        } else {
          segments.push({
            text: part.text,
            start: part.start,
            end: part.end,
            verbatim: part.verbatim,
            covers,
            first: [],
            last: [],
            notes: { covers: noted, first: [], last: [] },
          });
        }
      }
    }
    return { kind: block.kind, segments };
  });
  const all = result.flatMap((b) => b.segments);
  markEnds(all, cited, (s) => s);
  markEnds(all, notes, (s) => s.notes);
  return result;
}

/** The text a span shows: its runs joined. Tests compare it with the quote. */
export const shownText = (
  blocks: readonly SegmentBlock[],
  id: string,
  layer: "cited" | "notes" = "cited",
) =>
  blocks
    .flatMap((b) => b.segments)
    .filter((s) => (layer === "cited" ? s : s.notes).covers.includes(id))
    .map((s) => s.text)
    .join("");
