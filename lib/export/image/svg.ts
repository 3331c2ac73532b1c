import { textWidth } from "@/lib/views/charts/lane-layout";
import { ANNOTATION_COLOR } from "@/lib/views/charts/palette";

/** Text and attribute values escaped for SVG/XML. */
export const esc = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One line of text; `weight` 700 for bold. */
export function text(x: number, y: number, content: string, o: { size?: number; weight?: 400 | 700; fill?: string; anchor?: "start" | "middle" | "end"; baseline?: "middle" } = {}) {
  const attrs = [`x="${r(x)}"`, `y="${r(y)}"`, `font-size="${o.size ?? 13}"`, `fill="${o.fill ?? "#1a1f2b"}"`];
  if (o.weight === 700) attrs.push('font-weight="700"');
  if (o.anchor && o.anchor !== "start") attrs.push(`text-anchor="${o.anchor}"`);
  if (o.baseline) attrs.push('dominant-baseline="middle"');
  return `<text ${attrs.join(" ")}>${esc(content)}</text>`;
}

/** Closing punctuation (fullwidth comma, full stop, ideographic comma, semicolon, colon, marks, brackets and quotes, and their ASCII twins). */
const CLOSING = /^[\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF09\u300D\u300F\u201D\u2019\u300B\u3009\u3011,.;:!?)]/;

/** Text broken into lines that fit `width` (CJK between any characters, Latin at spaces), at most `max` lines. */
export function wrap(content: string, width: number, size: number, max = 99): string[] {
  const tokens = content.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    // Closing punctuation never starts a line (Chinese typesetting): it stays with the line before.
    if (line.trim() !== "" && textWidth(next.trimEnd(), size) > width && !CLOSING.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1].slice(0, Math.max(0, kept[max - 1].length - 1))}…`;
  return kept;
}

/** Lines of text from `y` down, `lineHeight` apart. */
export const lines = (x: number, y: number, list: string[], size: number, lineHeight: number, o: Parameters<typeof text>[3] = {}) =>
  list.map((line, i) => text(x, y + i * lineHeight, line, { ...o, size })).join("");

export const rect = (x: number, y: number, w: number, h: number, attrs = "") => `<rect x="${r(x)}" y="${r(y)}" width="${r(Math.max(0, w))}" height="${r(Math.max(0, h))}" ${attrs}/>`;

/** A numbered annotation marker, as the on-screen dots: orange with a white number. */
export const marker = (x: number, y: number, n: number) =>
  `<g class="annotation-marker"><circle cx="${r(x)}" cy="${r(y)}" r="9" fill="${ANNOTATION_COLOR}" stroke="#ffffff" stroke-width="1.5"/>${text(x, y + 0.5, String(n), { size: 10, weight: 700, fill: "#ffffff", anchor: "middle", baseline: "middle" })}</g>`;

/** Rounded to 0.1 px: shorter files, same drawing. */
export const r = (n: number) => Math.round(n * 10) / 10;

/** A drawn part of an image: its markup and size. */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}
