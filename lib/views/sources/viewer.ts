import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import { getSourceWithCitations } from "@/lib/queries/comparison";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { sourcePassageHref } from "../evidence";
import { citingItems, type CitingItem } from "./citing";
import { readableBlocks } from "./document";
import { sourceMeta, type SourceMeta } from "./meta";
import { focusedPassageId, groupPassages } from "./passages";
import { highlight, type SegmentBlock } from "./segments";

/** How a passage shows in the text. */
export interface PassageMark {
  id: string;
  start: number;
  end: number;
  href: string;
  /** How many items cite it. */
  count: number;
  tooltip: string;
}

export interface FocusedPassage {
  id: string;
  quote: string;
  /** The English translation when every citation gives the same one (English mode only). */
  translation: string | null;
  items: CitingItem[];
  overlapping: { id: string; href: string; quote: string }[];
  closeHref: string;
}

export interface SourceViewerModel {
  meta: SourceMeta;
  passageCount: number;
  citationCount: number;
  /** Passages whose range has no readable text (inside markup or front matter). */
  hiddenCount: number;
  blocks: SegmentBlock[];
  passages: Record<string, PassageMark>;
  focused: FocusedPassage | null;
  /** The URL names a highlight this document does not have. */
  focusMissing: boolean;
  listHref: string;
}

/** The source viewer's model, or null for an unknown source key. */
export function buildSourceViewer(data: Dataset, state: ViewState, key: string): SourceViewerModel | null {
  const found = getSourceWithCitations(data, key);
  if (!found) return null;
  const t = translator(state.lang);
  const passages = groupPassages(found.citations);
  const blocks = highlight(readableBlocks(found.source), passages);
  const shown = new Set(blocks.flatMap((b) => b.segments.flatMap((s) => s.covers)));
  const items = new Map(passages.map((p) => [p.id, citingItems(data, state, p)]));
  const href = (p: { id: string; start: number; end: number }) => sourcePassageHref(state, key, p.start, p.end);

  const focusId = focusedPassageId(state.focus);
  const focus = passages.find((p) => p.id === focusId && shown.has(p.id));
  const translations = [...new Set(focus?.citations.map((c) => c.translationEn) ?? [])];
  const sameTranslation = state.lang === "en" && translations.length === 1 ? (translations[0] ?? null) : null;

  return {
    meta: sourceMeta(found.source, state.lang),
    passageCount: passages.length,
    citationCount: found.citations.length,
    hiddenCount: passages.filter((p) => !shown.has(p.id)).length,
    blocks,
    passages: Object.fromEntries(
      passages.map((p) => {
        const names = items.get(p.id)!.map((i) => i.name);
        return [p.id, { id: p.id, start: p.start, end: p.end, href: href(p), count: names.length, tooltip: t("sources.passage.tooltip", { count: names.length, names: names.join(state.lang === "zh" ? "；" : "; ") }) }];
      }),
    ),
    focused: focus
      ? {
          id: focus.id,
          quote: focus.quote,
          translation: sameTranslation,
          items: items.get(focus.id)!.map((i) => (sameTranslation === null ? i : { ...i, translation: null })),
          overlapping: passages.filter((p) => p !== focus && p.start < focus.end && p.end > focus.start).map((p) => ({ id: p.id, href: href(p), quote: p.quote })),
          closeHref: viewHref(`/sources/${key}`, state, { focus: null }),
        }
      : null,
    focusMissing: state.focus !== null && !focus,
    listHref: viewHref("/sources", state, { focus: null }),
  };
}
