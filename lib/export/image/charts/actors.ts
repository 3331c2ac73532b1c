import type { ActorsData } from "@/lib/views/charts/actors";
import { textWidth } from "@/lib/views/charts/lane-layout";
import type { NoteIndex } from "../notes";
import { marker, rect, text, type Drawing } from "../svg";

/** How many actors of each type the sources name per country, as stacked bars with counts. */
export function actorsSvg(data: ActorsData, width: number, notes: NoteIndex): Drawing {
  const left = 150;
  const plot = width - left - 80;
  const total = (c: ActorsData["counts"][number]) => data.types.reduce((sum, t) => sum + c[t.type], 0);
  const max = Math.max(1, ...data.counts.map(total));
  const parts: string[] = [];
  let lx = 0;
  for (const t of data.types) {
    parts.push(rect(lx, 4, 14, 14, `fill="${t.color}"`), text(lx + 20, 16, t.name, { size: 13 }));
    lx += 36 + textWidth(t.name, 13);
  }
  data.counts.forEach((c, i) => {
    const y = 40 + i * 56;
    parts.push(text(left - 12, y + 19, c.name, { size: 14, anchor: "end", weight: 700 }));
    let x = left;
    for (const t of data.types) {
      const w = (c[t.type] / max) * plot;
      if (w <= 0) continue;
      parts.push(rect(x, y, w, 28, `fill="${t.color}" stroke="#ffffff"`));
      if (w > 18) parts.push(text(x + w / 2, y + 19, String(c[t.type]), { size: 12, anchor: "middle", weight: 700 }));
      x += w;
    }
    parts.push(text(x + 8, y + 19, String(total(c)), { size: 13, fill: "#5b6475" }));
    const group = data.groups.find((g) => g.country === c.country);
    const numbers = group?.types.flatMap((t) => t.actors.flatMap((a) => notes.point(c.country, a.key))) ?? [];
    numbers.forEach((n, k) => parts.push(marker(x + 40 + k * 20, y + 14, n)));
  });
  return { svg: parts.join(""), width, height: 40 + data.counts.length * 56 };
}
