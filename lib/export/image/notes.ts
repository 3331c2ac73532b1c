import type { AnnotationView } from "@/lib/annotations/types";

/** At most this many annotations are numbered in an image; the legend says how many more there are. */
export const MAX_NOTES = 20;

export interface NumberedNote {
  n: number;
  author: string;
  text: string;
}

/** Where an image's annotations go: numbers per point, cell, event and year range. */
export interface NoteIndex {
  point: (country: string, x: string) => number[];
  cell: (country: string, dimension: string) => number[];
  event: (key: string) => number[];
  ranges: { n: number; country: string | null; from: number; to: number }[];
  legend: NumberedNote[];
  more: number;
}

export const NO_NOTES: NoteIndex = { point: () => [], cell: () => [], event: () => [], ranges: [], legend: [], more: 0 };

/** Markdown as plain text for a legend line: no markup, one line. */
const plain = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`>#~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Numbers the first annotations of threads on `chart` (oldest first, so numbers stay put as notes are added). */
export function numberNotes(annotations: AnnotationView[], chart: string): NoteIndex {
  const own = annotations
    .filter((a) => a.parentId === null && a.deletedAt === null && a.visibility === "team")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const shown = own.slice(0, MAX_NOTES);
  const by = new Map<string, number[]>();
  const add = (key: string, n: number) => by.set(key, [...(by.get(key) ?? []), n]);
  const ranges: NoteIndex["ranges"] = [];
  shown.forEach((a, i) => {
    const n = i + 1;
    const t = a.target;
    if (t.kind === "chart-point" && t.chart === chart) add(`p:${t.country}:${t.x}`, n);
    else if (t.kind === "matrix-cell") add(`c:${t.country}:${t.dimension}`, n);
    else if (t.kind === "timeline-event") add(`e:${t.event}`, n);
    else if (t.kind === "chart-range" && t.chart === chart) ranges.push({ n, country: t.country ?? null, from: t.from, to: t.to });
    if (t.kind === "chart-point" && (chart === "timeline" || chart === "data-laws")) add(`e:${t.x}`, n);
  });
  return {
    point: (country, x) => by.get(`p:${country}:${x}`) ?? [],
    cell: (country, dimension) => by.get(`c:${country}:${dimension}`) ?? [],
    event: (key) => by.get(`e:${key}`) ?? [],
    ranges,
    legend: shown.map((a, i) => ({ n: i + 1, author: a.author.name, text: plain(a.body) })),
    more: own.length - shown.length,
  };
}
