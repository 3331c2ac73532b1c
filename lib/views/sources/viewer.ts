import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { AnnotationView } from "@/lib/annotations/types";
import { getSourceWithCitations } from "@/lib/dataset/select";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { sourcePassageHref } from "@/lib/dataset/evidence";
import { placeAnnotations, type SourceAnnotations } from "./annotated";
import { citingItems } from "./citing";
import { readableBlocks } from "./document";
import { focusedPassage, resolveFocus, type FocusedPassage } from "./focus";
import { withSourceVersion } from "@/lib/views/sourcing/versions";
import { sourceMeta, type SourceMeta } from "./meta";
import { groupPassages } from "./passages";
import { highlight, type SegmentBlock, type Span } from "./segments";

export type { FocusedPassage } from "./focus";

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

/** How an annotated range shows in the text: underlined, with its count badge. */
export interface AnnotationMark {
  id: string;
  start: number;
  end: number;
  href: string;
  /** Annotations on it, replies included. */
  count: number;
  /** Some of them were found here again after the text changed. */
  moved: boolean;
}

/** Annotations whose quote the text no longer contains, grouped by where they were attached. */
export interface OrphanedGroup {
  id: string;
  quote: string;
  annotations: AnnotationView[];
}

export interface SourceViewerModel {
  meta: SourceMeta;
  passageCount: number;
  citationCount: number;
  /** Passages whose range has no readable text (inside markup or front matter). */
  hiddenCount: number;
  blocks: SegmentBlock[];
  passages: Record<string, PassageMark>;
  annotated: Record<string, AnnotationMark>;
  /** Annotated ranges with no readable text: reachable by link only. */
  hiddenAnnotated: number;
  orphaned: OrphanedGroup[];
  /** The URL names the old place of orphaned annotations (the group's id). */
  focusOrphaned: string | null;
  focused: FocusedPassage | null;
  /** The URL names a highlight this document does not have. */
  focusMissing: boolean;
  listHref: string;
}

/**
 * The source viewer's model, or null for an unknown source key. `annotations` are the view's
 * annotations as the reader may see them; those on this source's passages are re-anchored against
 * the current text: in place, moved (shown as such), or orphaned (listed apart, never placed).
 * `version` (the URL's `sv=`) reads an older version: its citations, and links that stay on it.
 */
export function buildSourceViewer(
  data: Dataset,
  state: ViewState,
  key: string,
  annotations: readonly AnnotationView[] = [],
  version: number | null = null,
): SourceViewerModel | null {
  const found = getSourceWithCitations(data, key, version ?? undefined);
  if (!found) return null;
  const t = translator(state.lang);
  const passages = groupPassages(found.citations);
  const readable = readableBlocks(found.source);
  const visible = (s: Span) =>
    readable.some((b) => b.pieces.some((p) => p.start < s.end && p.end > s.start));
  const { ranges, orphaned } = placeAnnotations(annotations, data, key);
  const focus = resolveFocus(state.focus, { source: found.source, passages, ranges, visible });
  const groups = groupOrphans(orphaned);
  // A link to an orphaned annotation's old place leads to the orphans' list, not to other text.
  const focusOrphaned = focus
    ? null
    : (groups.find((g) => `passage:${g.id}` === state.focus)?.id ?? null);
  const blocks = highlight(readable, passages, ranges);
  const items = new Map(passages.map((p) => [p.id, citingItems(data, state, p)]));
  const href = (p: Span) =>
    withSourceVersion(sourcePassageHref(state, key, p.start, p.end), version);
  const closeHref = withSourceVersion(viewHref(`/sources/${key}`, state, { focus: null }), version);

  return {
    meta: sourceMeta(found.source, state.lang),
    passageCount: passages.length,
    citationCount: found.citations.length,
    hiddenCount: passages.filter((p) => !visible(p)).length,
    blocks,
    passages: Object.fromEntries(
      passages.map((p) => {
        const names = items.get(p.id)!.map((i) => i.name);
        return [
          p.id,
          {
            id: p.id,
            start: p.start,
            end: p.end,
            href: href(p),
            count: names.length,
            tooltip: t("sources.passage.tooltip", {
              count: names.length,
              names: names.join(t("common.separator")),
            }),
          },
        ];
      }),
    ),
    annotated: Object.fromEntries(
      ranges.map((r) => [
        r.id,
        {
          id: r.id,
          start: r.start,
          end: r.end,
          href: href(r),
          count: r.annotations.length,
          moved: r.annotations.some((a) => a.moved),
        },
      ]),
    ),
    hiddenAnnotated: ranges.filter((r) => !visible(r)).length,
    orphaned: groups,
    focusOrphaned,
    focused: focus
      ? focusedPassage(focus, {
          source: found.source,
          passages,
          ranges,
          visible,
          blocks,
          items,
          lang: state.lang,
          href,
          closeHref,
        })
      : null,
    focusMissing: state.focus !== null && !focus && !focusOrphaned,
    listHref: viewHref("/sources", state, { focus: null }),
  };
}

/** One group per stored range (a thread and its replies share it), in the order they stood in the text. */
function groupOrphans(orphaned: SourceAnnotations["orphaned"]): OrphanedGroup[] {
  const groups = new Map<string, OrphanedGroup & { start: number }>();
  for (const { annotation: a, passage } of orphaned) {
    const [quote, position] = passage.selector;
    const id = `${position.start}-${position.end}`;
    const group = groups.get(`${id}\n${quote.exact}`) ?? {
      id,
      start: position.start,
      quote: quote.exact,
      annotations: [],
    };
    group.annotations.push(a);
    groups.set(`${id}\n${quote.exact}`, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start)
    .map(({ id, quote, annotations: list }) => ({ id, quote, annotations: list }));
}
