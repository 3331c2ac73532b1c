import type { Dataset } from "@/lib/dataset/schema";
import { getSourceWithCitations } from "@/lib/dataset/select";
import { latestSources } from "@/lib/dataset/sources";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { sourceMeta, type SourceMeta } from "./meta";
import { groupPassages } from "./passages";

export interface SourceListItem extends SourceMeta {
  passageCount: number;
  citationCount: number;
  href: string;
}

/** Every source document with what the dataset says about it, in dataset order. */
export function buildSourceList(data: Dataset, state: ViewState): SourceListItem[] {
  return latestSources(data).map((source) => {
    const citations = getSourceWithCitations(data, source.key)?.citations ?? [];
    return {
      ...sourceMeta(source, state.lang),
      passageCount: groupPassages(citations).length,
      citationCount: citations.length,
      href: viewHref(`/sources/${source.key}`, state, {
        focus: null,
        from: null,
        to: null,
        view: "chart",
      }),
    };
  });
}
