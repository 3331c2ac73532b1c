import { FONT_FAMILY } from "./fonts";
import type { NoteIndex } from "./notes";
import { esc, lines, marker, rect, text, wrap, type Drawing } from "./svg";

export const WIDTH = 1200;
export const PAD = 40;
/** The width a chart body may use. */
export const BODY_WIDTH = WIDTH - 2 * PAD;

export interface FrameWords {
  title: string;
  countries: string;
  sourcesLine: string;
  /** What the reader must know about the data: silent or garbled sources, countries without data. */
  caveats: string[];
  /** "Smart City Compare · 2026-11-22": the product and the date. */
  credit: string;
  legendTitle: string;
  moreNotes: string | null;
}

/**
 * An exported image: title, countries, the chart, the annotation legend (when asked), a sources
 * line, the date and the product name, on a light print background whatever the screen theme.
 * `fontCss` is the @font-face that embeds the subset font (empty when rasterising); `scale`
 * multiplies the intrinsic size (the PNG's pixels), not the drawing.
 */
export function frame(body: Drawing, words: FrameWords, notes: NoteIndex | null, fontCss: string, scale = 1): string {
  const parts: string[] = [];
  let y = PAD;
  const title = wrap(words.title, BODY_WIDTH, 26, 2);
  parts.push(lines(PAD, y + 24, title, 26, 34, { weight: 700 }));
  y += title.length * 34 + 4;
  parts.push(text(PAD, y + 16, words.countries, { size: 15, fill: "#5b6475" }));
  y += 36;
  parts.push(`<g transform="translate(${PAD},${y})">${body.svg}</g>`);
  y += body.height + 20;
  if (notes && notes.legend.length > 0) {
    parts.push(text(PAD, y + 14, words.legendTitle, { size: 14, weight: 700 }));
    y += 26;
    for (const note of notes.legend) {
      const noteLines = wrap(`${note.author}: ${note.text}`, BODY_WIDTH - 30, 13, 3);
      parts.push(`<g class="legend-item">${marker(PAD + 9, y + 8, note.n)}${lines(PAD + 28, y + 13, noteLines, 13, 18)}</g>`);
      y += Math.max(22, noteLines.length * 18 + 4);
    }
    if (words.moreNotes) {
      parts.push(text(PAD, y + 12, words.moreNotes, { size: 12, fill: "#5b6475" }));
      y += 20;
    }
    y += 8;
  }
  parts.push(`<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="#dde1e8"/>`);
  y += 8;
  const sources = wrap(words.sourcesLine, BODY_WIDTH, 12, 4);
  parts.push(lines(PAD, y + 12, sources, 12, 17, { fill: "#5b6475" }));
  y += sources.length * 17 + 4;
  for (const caveat of words.caveats.slice(0, 8)) {
    const caveatLines = wrap(`• ${caveat}`, BODY_WIDTH, 11, 2);
    parts.push(lines(PAD, y + 11, caveatLines, 11, 15, { fill: "#5b6475" }));
    y += caveatLines.length * 15 + 2;
  }
  parts.push(text(PAD, y + 12, words.credit, { size: 12, fill: "#5b6475" }));
  y += 20 + PAD / 2;
  const height = Math.ceil(y);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * scale}" height="${height * scale}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(`${FONT_FAMILY}, Noto Sans SC, sans-serif`)}">`,
    `<title>${esc(words.title)}</title>`,
    fontCss ? `<style>${fontCss}</style>` : "",
    rect(0, 0, WIDTH, height, 'fill="#ffffff"'),
    ...parts,
    "</svg>",
  ].join("");
}
