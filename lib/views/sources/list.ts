import type { Dataset } from "@/lib/dataset/schema";
import { getSourceWithCitations } from "@/lib/dataset/select";
import { latestSources, sourceVersions } from "@/lib/dataset/sources";
import { formatSourceDate } from "@/lib/views/sourcing/versions";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { sourceMeta, type SourceMeta } from "./meta";
import { groupPassages } from "./passages";

export interface SourceListItem extends SourceMeta {
  passageCount: number;
  citationCount: number;
  href: string;
  /** How many versions the source has, and its latest version's publication details. */
  versionCount: number;
  publisher: string | null;
  date: string | null;
}

/** Every source document with what the dataset says about it, in dataset order. */
export function buildSourceList(data: Dataset, state: ViewState): SourceListItem[] {
  return latestSources(data).map((source) => {
    const citations = getSourceWithCitations(data, source.key)?.citations ?? [];
    return {
      ...sourceMeta(source, state.lang),
      passageCount: groupPassages(citations).length,
      citationCount: citations.length,
      versionCount: sourceVersions(data, source.key).length,
      publisher: source.publisher ?? null,
      date: source.date ? formatSourceDate(source.date, state.lang) : null,
      href: viewHref(`/sources/${source.key}`, state, {
        focus: null,
        from: null,
        to: null,
        view: "chart",
      }),
    };
  });
}
