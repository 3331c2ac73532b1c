import type { DevelopmentModelData } from "@/lib/views/charts/development-model";
import type { NoteIndex } from "../notes";
import { textWidth } from "@/lib/views/charts/lane-layout";
import { marker, rect, text, type Drawing } from "../svg";

/** Diverging bars around "mixed": bottom-up to the left, top-down to the right. */
export function developmentModelSvg(data: DevelopmentModelData, width: number, notes: NoteIndex, ends: [string, string]): Drawing {
  const left = 140;
  const plot = width - left - 40;
  const x = (v: number) => left + ((v + data.extent) / (2 * data.extent)) * plot;
  const row = 60;
  const top = 30;
  const parts: string[] = [text(left, 14, ends[0], { size: 13, fill: "#5b6475" }), text(left + plot, 14, ends[1], { size: 13, fill: "#5b6475", anchor: "end" })];
  const bottom = top + data.bars.length * row;
  for (const tick of data.ticks) {
    parts.push(`<line x1="${x(tick.value)}" x2="${x(tick.value)}" y1="${top}" y2="${bottom}" stroke="${tick.value === 0 ? "#5b6475" : "#dde1e8"}"/>`);
    parts.push(text(x(tick.value), bottom + 18, tick.label, { size: 12, anchor: "middle", fill: "#5b6475" }));
  }
  data.bars.forEach((bar, i) => {
    const y = top + i * row + 16;
    const x0 = Math.min(x(0), x(bar.value));
    const w = Math.max(6, Math.abs(x(bar.value) - x(0)));
    parts.push(text(left - 12, y + 14, bar.name, { size: 14, anchor: "end", weight: 700 }));
    parts.push(rect(bar.value < 0 ? x(0) - w : x0, y, w, 28, `fill="${bar.color}"`));
    const end = bar.value < 0 ? x(0) - w - 8 : x(0) + w + 8;
    parts.push(text(end, y + 19, `${bar.level} · ${bar.label}`, { size: 12, anchor: bar.value < 0 ? "end" : "start" }));
    const labelRoom = textWidth(`${bar.level} · ${bar.label}`, 12);
    notes.point(bar.country, "position").forEach((n, k) => parts.push(marker(bar.value < 0 ? end - labelRoom - 12 - k * 20 : end + labelRoom + 12 + k * 20, y + 14, n)));
  });
  return { svg: parts.join(""), width, height: bottom + 30 };
}
