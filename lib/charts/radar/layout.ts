import { TYPE } from "../style";
import { wrap } from "../text";
import type { RadarData } from "./model";

/** The radar at a width: centre, rings, axes with their labels, each series' points, and the legend. */
export function radarLayout(data: RadarData, width: number) {
  const cx = width / 2;
  const cy = 250;
  const radius = 190;
  const max = Math.max(...data.axes.map((a) => a.max));
  const n = data.axes.length;
  const at = (i: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return {
      x: cx + Math.cos(angle) * radius * (value / max),
      y: cy + Math.sin(angle) * radius * (value / max),
    };
  };
  const rings = Array.from({ length: max }, (_, k) => ({
    level: k + 1,
    points: data.axes.map((_, i) => at(i, k + 1)),
    labelAt: { x: cx + 4, y: cy - (radius * (k + 1)) / max - 2 },
  }));
  const axes = data.axes.map((axis, i) => {
    const end = at(i, max);
    const label = at(i, max * 1.12);
    const anchor: "start" | "middle" | "end" =
      Math.abs(label.x - cx) < 10 ? "middle" : label.x > cx ? "start" : "end";
    return {
      key: axis.key,
      end,
      label: {
        ...label,
        y: label.y + (label.y > cy ? 8 : 0),
        anchor,
        lines: wrap(axis.name, 160, TYPE.label, 2),
      },
    };
  });
  const series = data.series.map((s) => ({
    ...s,
    points: data.axes.flatMap((axis, i) =>
      typeof axis[s.key] === "number"
        ? [{ dimension: axis.key, ...at(i, axis[s.key] as number) }]
        : [],
    ),
  }));
  const legendY = cy + radius + 52;
  const legend = data.series.map((s, i) => ({
    ...s,
    x: cx - (data.series.length * 120) / 2 + i * 120,
    y: legendY,
  }));
  return { width, height: legendY + 28, cx, cy, rings, axes, series, legend };
}

export type RadarLayout = ReturnType<typeof radarLayout>;
