import { TYPE } from "../style";
import { fitText, textWidth } from "../text";
import type { ActorsData } from "./model";

const LEFT = 150;
const BAR_ROW = 56;
const CHIP = { height: 24, gap: 8, pad: 8, max: 360 } as const;

/**
 * The actors for an exported image: the types legend, a stacked bar per country (how many actors
 * of each type the sources name), then every actor as a chip in its type's colour, per country.
 */
export function actorsLayout(data: ActorsData, width: number) {
  const plot = width - LEFT - 80;
  const total = (c: ActorsData["counts"][number]) =>
    data.types.reduce((sum, t) => sum + c[t.type], 0);
  const max = Math.max(1, ...data.counts.map(total));
  let lx = 0;
  const legend = data.types.map((t) => {
    const at = lx;
    lx += 36 + textWidth(t.name, TYPE.label);
    return { ...t, x: at };
  });
  const bars = data.counts.map((c, i) => {
    const y = 40 + i * BAR_ROW;
    let x = LEFT;
    const segments = data.types.flatMap((t) => {
      const w = (c[t.type] / max) * plot;
      if (w <= 0) return [];
      const segment = { type: t.type, color: t.color, count: c[t.type], x, width: w };
      x += w;
      return [segment];
    });
    return { country: c.country, name: c.name, y, segments, total: total(c), end: x };
  });
  let y = 40 + data.counts.length * BAR_ROW + 16;
  const groups = data.groups.map((g) => {
    const top = y;
    y += 26;
    let x = 0;
    const chips = g.types.flatMap((t) =>
      t.actors.map((a) => {
        const label = fitText(a.name, CHIP.max - 2 * CHIP.pad, TYPE.small);
        const w = textWidth(label, TYPE.small) + 2 * CHIP.pad;
        if (x > 0 && x + w > width) {
          x = 0;
          y += CHIP.height + CHIP.gap;
        }
        const chip = { actor: a, type: t.type, label, x, y, width: w, height: CHIP.height };
        x += w + CHIP.gap;
        return chip;
      }),
    );
    y += CHIP.height + 18;
    return { country: g.country, name: g.name, total: g.total, top, chips };
  });
  return { width, height: y, left: LEFT, legend, bars, groups };
}

export type ActorsLayout = ReturnType<typeof actorsLayout>;
