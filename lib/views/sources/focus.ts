import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotatedRange } from "./annotated";
import type { CitingItem } from "./citing";
import { focusedPassageId, type Passage } from "./passages";
import { passageTarget, type PassageTarget } from "./selection";
import { shownText, type SegmentBlock, type Span } from "./segments";

/**
 * What `focus=passage:<start>-<end>` names: a cited passage, or an annotated range (also by the
 * stored offsets of an annotation that moved there). Any other range does not exist: a stale link
 * is reported, not shown as some other text.
 */
export interface FocusTarget extends Span {
  kind: "cited" | "annotated";
}

export interface FocusedPassage {
  id: string;
  start: number;
  end: number;
  /** The comparison cites exactly this range (else it is only annotated, or newly selected). */
  cited: boolean;
  quote: string;
  /** The English translation when every citation gives the same one (English mode only). */
  translation: string | null;
  items: CitingItem[];
  overlapping: { id: string; href: string; quote: string; annotations: number }[];
  /** Annotations at exactly this range, still at their stored offsets. */
  annotations: AnnotationView[];
  /** Annotations found here again after the text changed. */
  moved: AnnotationView[];
  /** What a new annotation on this passage is attached to. */
  target: PassageTarget;
  closeHref: string;
}

export interface FocusInput {
  source: { key: string; text: string };
  passages: readonly Passage[];
  ranges: readonly AnnotatedRange[];
  /** Whether a range has readable text (is not all markup). */
  visible: (span: Span) => boolean;
}

export function resolveFocus(
  focus: string | null,
  { passages, ranges, visible }: FocusInput,
): FocusTarget | null {
  const id = focusedPassageId(focus);
  if (id === null) return null;
  const cited = passages.find((p) => p.id === id && visible(p));
  if (cited) return { kind: "cited", id: cited.id, start: cited.start, end: cited.end };
  const range =
    ranges.find((r) => r.id === id) ??
    ranges.find((r) => r.annotations.some((a) => a.moved && a.storedId === id));
  if (!range) return null;
  // Moved onto a cited passage: the panel shows what cites it too.
  return {
    kind: passages.some((p) => p.id === range.id && visible(p)) ? "cited" : "annotated",
    id: range.id,
    start: range.start,
    end: range.end,
  };
}

export interface FocusContext extends FocusInput {
  blocks: readonly SegmentBlock[];
  items: ReadonlyMap<string, CitingItem[]>;
  lang: "zh" | "en";
  href: (span: Span) => string;
  closeHref: string;
}

/** The panel's model for the focused range. */
export function focusedPassage(focus: FocusTarget, c: FocusContext): FocusedPassage {
  const passage = focus.kind === "cited" ? c.passages.find((p) => p.id === focus.id)! : null;
  const range = c.ranges.find((r) => r.id === focus.id);
  const translations = [...new Set(passage?.citations.map((x) => x.translationEn) ?? [])];
  const sameTranslation =
    c.lang === "en" && translations.length === 1 ? (translations[0] ?? null) : null;
  const items = passage ? c.items.get(passage.id)! : [];
  const rangeQuote = (s: Span) =>
    shownText(c.blocks, s.id, "notes") || c.source.text.slice(s.start, s.end);
  const overlaps = (s: Span) => s.id !== focus.id && s.start < focus.end && s.end > focus.start;
  const overlapping = new Map<string, FocusedPassage["overlapping"][number]>();
  for (const p of c.passages.filter(overlaps))
    overlapping.set(p.id, { id: p.id, href: c.href(p), quote: p.quote, annotations: 0 });
  for (const r of c.ranges.filter(overlaps)) {
    const entry = overlapping.get(r.id) ?? {
      id: r.id,
      href: c.href(r),
      quote: rangeQuote(r),
      annotations: 0,
    };
    overlapping.set(r.id, { ...entry, annotations: r.annotations.length });
  }
  const placed = range?.annotations ?? [];
  return {
    id: focus.id,
    start: focus.start,
    end: focus.end,
    cited: passage !== null,
    quote: passage?.quote ?? rangeQuote(focus),
    translation: sameTranslation,
    items: items.map((i) => (sameTranslation === null ? i : { ...i, translation: null })),
    overlapping: [...overlapping.values()].sort(
      (a, b) => Number(a.id.split("-")[0]) - Number(b.id.split("-")[0]),
    ),
    annotations: placed.filter((a) => !a.moved).map((a) => a.annotation),
    moved: placed.filter((a) => a.moved).map((a) => a.annotation),
    target: passageTarget(c.source, focus.start, focus.end),
    closeHref: c.closeHref,
  };
}
