import type { getSourceWithCitations } from "@/lib/dataset/select";
import type { Span } from "./segments";

export type SourceWithCitations = NonNullable<ReturnType<typeof getSourceWithCitations>>;
export type CitationEntry = SourceWithCitations["citations"][number];

/** A cited range of a source, with every citation that quotes exactly that range. */
export interface Passage extends Span {
  quote: string;
  citations: CitationEntry[];
}

export const passageId = (start: number, end: number) => `${start}-${end}`;

/** Repeated citations of the same range become one passage; passages in text order. */
export function groupPassages(citations: readonly CitationEntry[]): Passage[] {
  const byId = new Map<string, Passage>();
  for (const c of citations) {
    const id = passageId(c.start, c.end);
    const passage = byId.get(id) ?? {
      id,
      start: c.start,
      end: c.end,
      quote: c.quote,
      citations: [],
    };
    passage.citations.push(c);
    byId.set(id, passage);
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The passage id a `focus=passage:<start>-<end>` names, or null for any other focus. */
export function focusedPassageId(focus: string | null): string | null {
  const match = /^passage:(\d+)-(\d+)$/.exec(focus ?? "");
  return match ? passageId(Number(match[1]), Number(match[2])) : null;
}
