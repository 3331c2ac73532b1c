import { fitText, LANE, layoutLanes, textWidth, yearScale, yearTicks } from "@/lib/views/charts/lane-layout";
import { BAND_FILLS, BAND_TEXT, KIND_STYLE } from "@/components/charts/lanes/kind-style";
import type { EventKind, LanesData } from "@/lib/views/charts/lanes";
import { ANNOTATION_COLOR } from "@/lib/views/charts/palette";
import type { NoteIndex } from "../notes";
import { marker, r, rect, text, type Drawing } from "../svg";

// The on-screen shape of each kind of event, in its on-screen colour (KIND_STYLE).
const shape = (kind: EventKind, x: number, y: number, s: number): string => {
  const fill = KIND_STYLE[kind].color;
  switch (kind) {
    case "stage":
      return `<path d="M${r(x)},${r(y - s)} v${2 * s}" stroke="${fill}" stroke-width="3"/>`;
    case "policy":
      return `<circle cx="${r(x)}" cy="${r(y)}" r="${s}" fill="${fill}"/>`;
    case "law":
      return `<path d="M${r(x)},${r(y - s - 2)} l${s},${s + 2} l${-s},${s + 2} l${-s},${-s - 2} z" fill="${fill}"/>`;
    case "standard":
      return rect(x - s, y - s, 2 * s, 2 * s, `fill="${fill}"`);
    case "pilot":
      return `<path d="M${r(x)},${r(y - s - 1)} l${s + 1},${2 * s + 1} h${-2 * s - 2} z" fill="${fill}"/>`;
    case "event":
      return `<path d="${star(x, y, s + 2)}" fill="${fill}"/>`;
  }
};

function star(x: number, y: number, s: number) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 ? s * 0.45 : s;
    return `${r(x + Math.cos(a) * radius)},${r(y + Math.sin(a) * radius)}`;
  });
  return `M${points.join(" L")} Z`;
}

/** Countries as lanes over the years: stage bands, a mark per event, annotated year ranges shaded. */
export function lanesSvg(data: LanesData, width: number, notes: NoteIndex): Drawing {
  const left = 150;
  const plot = width - left - 20;
  const { boxes, height } = layoutLanes(data.lanes, data.range, plot);
  const px = yearScale(data.range, plot);
  const x = (v: number) => left + Math.min(plot, Math.max(0, px(v)));
  const top = 26;
  const parts: string[] = [];
  let lx = 0;
  for (const k of data.kinds) {
    parts.push(shape(k.kind, lx + 7, 12, 6), text(lx + 18, 16, k.label, { size: 12 }));
    lx += 34 + textWidth(k.label, 12);
  }
  boxes.forEach((box, i) => {
    const y0 = top + box.top;
    parts.push(rect(left, y0, plot, box.height, `fill="${i % 2 ? "#f3f6fa" : "#fbfcfe"}"`));
    parts.push(text(left - 10, y0 + box.height / 2 + 5, box.lane.name, { size: 14, weight: 700, anchor: "end" }));
    if (box.lane.detail) parts.push(text(left - 10, y0 + box.height / 2 + 22, fitText(box.lane.detail, left - 14, 11), { size: 11, anchor: "end", fill: "#5b6475" }));
  });
  for (const range of notes.ranges) {
    const box = range.country === null ? null : boxes.find((b) => b.lane.country === range.country);
    if (range.country !== null && !box) continue;
    const x0 = x(range.from);
    const x1 = x(range.to + 1);
    if (x1 - x0 < 1) continue;
    const y0 = top + (box ? box.top : 0);
    parts.push(rect(x0, y0, x1 - x0, box ? box.height : height, `fill="${ANNOTATION_COLOR}" fill-opacity="0.1" stroke="${ANNOTATION_COLOR}" stroke-opacity="0.6" stroke-dasharray="4 3"`), marker(x0 + 11, y0 + 11, range.n));
  }
  for (const box of boxes) {
    for (const item of box.items) {
      const y = top + item.y;
      if (item.kind === "stage") {
        const x0 = x(item.band ? item.start : item.at);
        const x1 = item.band ? (item.ongoing ? left + plot : x(item.end!)) : x0 + 120;
        parts.push(rect(x0 + 1, y - LANE.band / 2, Math.max(2, x1 - x0 - 2), LANE.band, `rx="4" fill="${BAND_FILLS[0]}" stroke="${KIND_STYLE.stage.color}"`));
        parts.push(text(x0 + 6, y - 3, fitText(item.title, x1 - x0 - 10, 12), { size: 12, weight: 700, fill: BAND_TEXT }), text(x0 + 6, y + 12, fitText(item.period, x1 - x0 - 10, 11), { size: 11, fill: BAND_TEXT }));
        notes.event(item.key).forEach((n, k) => parts.push(marker(Math.max(x0 + 10, x1 - 12 - k * 20), y - LANE.band / 2 + 2, n)));
      } else {
        const cx = x(item.at);
        if (item.end !== null) parts.push(`<line x1="${r(cx)}" x2="${r(x(item.end))}" y1="${r(y)}" y2="${r(y)}" stroke="${KIND_STYLE[item.kind].color}" stroke-width="3" stroke-opacity="0.45"/>`);
        parts.push(shape(item.kind, cx, y, 6));
        notes.event(item.key).forEach((n, k) => parts.push(marker(cx + 11 + k * 20, y - 10, n)));
      }
    }
  }
  const axisY = top + height;
  parts.push(`<line x1="${left}" x2="${left + plot}" y1="${axisY}" y2="${axisY}" stroke="#5b6475"/>`);
  for (const year of yearTicks(data.range, plot)) parts.push(text(x(year), axisY + 16, String(Math.floor(year)), { size: 12, anchor: "middle", fill: "#5b6475" }));
  return { svg: parts.join(""), width, height: axisY + 24 };
}
