import type { IndicatorsData } from "@/lib/views/charts/indicators";
import { textWidth } from "@/lib/views/charts/lane-layout";
import type { NoteIndex } from "../notes";
import { lines, marker, rect, text, wrap, type Drawing } from "../svg";

const ROW = 34;

/** Small multiples, two per row: each indicator with its unit, one bar per figure, value and year at its end. */
export function indicatorsSvg(data: IndicatorsData, width: number, notes: NoteIndex): Drawing {
  const parts: string[] = [];
  let y = 0;
  for (const line of data.silent) {
    const wrapped = wrap(line, width, 13, 3);
    parts.push(lines(0, y + 14, wrapped, 13, 18, { fill: "#5b6475" }));
    y += wrapped.length * 18 + 6;
  }
  const gap = 24;
  const cardWidth = (width - gap) / 2;
  let rowTop = y + 8;
  for (let i = 0; i < data.panels.length; i += 2) {
    const cards = data.panels.slice(i, i + 2).map((panel, k) => card(panel, cardWidth, notes, k * (cardWidth + gap), rowTop));
    parts.push(...cards.map((c) => c.svg));
    rowTop += Math.max(...cards.map((c) => c.height)) + gap;
  }
  return { svg: parts.join(""), width, height: rowTop };
}

function card(panel: IndicatorsData["panels"][number], width: number, notes: NoteIndex, x: number, y: number): Drawing {
  const name = wrap(panel.name, width - 24, 14, 2);
  const head = 14 + name.length * 19 + 20;
  const labelWidth = Math.min(130, Math.max(...panel.bars.map((b) => textWidth(b.category, 12))) + 10);
  const valueWidth = Math.max(...panel.bars.map((b) => Math.max(textWidth(b.label, 13), textWidth(b.year, 11)))) + 40;
  const plot = Math.max(40, width - 24 - labelWidth - valueWidth);
  const max = Math.max(...panel.bars.map((b) => Math.abs(b.value)), 1);
  const height = head + panel.bars.length * ROW + (panel.missing ? 24 : 8);
  const parts = [rect(x, y, width, height, 'fill="#ffffff" stroke="#dde1e8" rx="8"'), lines(x + 12, y + 22, name, 14, 19, { weight: 700 }), text(x + 12, y + head - 8, panel.unit, { size: 12, fill: "#5b6475" })];
  panel.bars.forEach((bar, i) => {
    const top = y + head + i * ROW;
    const w = Math.max(2, (Math.abs(bar.value) / max) * plot);
    const left = x + 12 + labelWidth;
    parts.push(text(left - 8, top + 15, bar.category, { size: 12, anchor: "end" }), rect(left, top + 4, w, 22, `fill="${bar.color}" rx="3"`));
    parts.push(text(left + w + 6, top + 13, bar.label, { size: 13, weight: 700 }), text(left + w + 6, top + 27, bar.year, { size: 11, fill: "#5b6475" }));
    const after = left + w + 6 + Math.max(textWidth(bar.label, 13), textWidth(bar.year, 11)) + 14;
    notes.point(bar.country, bar.key).forEach((n, k) => parts.push(marker(after + k * 20, top + 15, n)));
  });
  if (panel.missing) parts.push(text(x + 12, y + height - 10, panel.missing, { size: 12, fill: "#5b6475" }));
  return { svg: parts.join(""), width, height };
}
