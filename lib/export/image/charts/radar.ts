import type { RadarData } from "@/lib/views/charts/radar";
import type { NoteIndex } from "../notes";
import { marker, r, text, wrap, type Drawing } from "../svg";

/** Each country's polygon over the scaled dimensions, a ring per level, and a legend of countries. */
export function radarSvg(data: RadarData, width: number, notes: NoteIndex): Drawing {
  const cx = width / 2;
  const cy = 250;
  const radius = 190;
  const max = Math.max(...data.axes.map((a) => a.max));
  const n = data.axes.length;
  const at = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + Math.cos(angle) * radius * (value / max), cy + Math.sin(angle) * radius * (value / max)];
  };
  const parts: string[] = [];
  for (let level = 1; level <= max; level++) {
    parts.push(`<polygon points="${data.axes.map((_, i) => at(i, level).map(r).join(",")).join(" ")}" fill="none" stroke="#dde1e8"/>`);
    parts.push(text(cx + 4, cy - (radius * level) / max - 2, String(level), { size: 10, fill: "#5b6475" }));
  }
  data.axes.forEach((axis, i) => {
    const [x, y] = at(i, max);
    parts.push(`<line x1="${r(cx)}" y1="${r(cy)}" x2="${r(x)}" y2="${r(y)}" stroke="#dde1e8"/>`);
    const [lx, ly] = at(i, max * 1.12);
    const anchor = Math.abs(lx - cx) < 10 ? "middle" : lx > cx ? "start" : "end";
    wrap(axis.name, 160, 13, 2).forEach((line, k) => parts.push(text(lx, ly + k * 16 + (ly > cy ? 8 : 0), line, { size: 13, anchor, weight: 700 })));
  });
  for (const s of data.series) {
    const points = data.axes.flatMap((axis, i) => (typeof axis[s.key] === "number" ? [{ i, axis, xy: at(i, axis[s.key] as number) }] : []));
    parts.push(`<polygon points="${points.map((p) => p.xy.map(r).join(",")).join(" ")}" fill="${s.color}" fill-opacity="0.15" stroke="${s.color}" stroke-width="2"/>`);
    for (const p of points) {
      parts.push(`<circle cx="${r(p.xy[0])}" cy="${r(p.xy[1])}" r="4" fill="#ffffff" stroke="${s.color}" stroke-width="2"/>`);
      notes.point(s.key, p.axis.key).forEach((num, k) => parts.push(marker(p.xy[0] + 12 + k * 20, p.xy[1] - 12, num)));
    }
  }
  let lx = cx - (data.series.length * 120) / 2;
  for (const s of data.series) {
    parts.push(`<rect x="${r(lx)}" y="${cy + radius + 52}" width="14" height="14" fill="${s.color}"/>`, text(lx + 20, cy + radius + 64, s.name, { size: 13 }));
    lx += 120;
  }
  return { svg: parts.join(""), width, height: cy + radius + 80 };
}
