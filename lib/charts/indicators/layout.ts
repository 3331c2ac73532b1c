import { TYPE } from "../style";
import { textWidth, wrap } from "../text";
import { figureLabelWidth } from "./marks";
import type { IndicatorsData } from "./model";

const ROW = 34;
const GAP = 24;

/** Small multiples for an exported image, two per row: each indicator with its unit, a bar per figure on the card's own scale. */
export function indicatorsLayout(data: IndicatorsData, width: number) {
  let y = 0;
  const silent = data.silent.map((line) => {
    const lines = wrap(line, width, TYPE.label, 3);
    const at = y;
    y += lines.length * 18 + 6;
    return { lines, y: at };
  });
  const cardWidth = (width - GAP) / 2;
  let rowTop = y + 8;
  const cards = [];
  for (let i = 0; i < data.panels.length; i += 2) {
    const row = data.panels.slice(i, i + 2).map((panel, k) => {
      const x = k * (cardWidth + GAP);
      const name = wrap(panel.name, cardWidth - 24, 14, 2);
      const head = 14 + name.length * 19 + 20;
      const labelWidth = Math.min(
        130,
        Math.max(...panel.bars.map((b) => textWidth(b.category, TYPE.small))) + 10,
      );
      const valueWidth = Math.max(...panel.bars.map(figureLabelWidth)) + 40;
      const plot = Math.max(40, cardWidth - 24 - labelWidth - valueWidth);
      const max = Math.max(...panel.bars.map((b) => Math.abs(b.value)), 1);
      const height = head + panel.bars.length * ROW + (panel.missing ? 24 : 8);
      const bars = panel.bars.map((bar, j) => ({
        bar,
        x: x + 12 + labelWidth,
        y: rowTop + head + j * ROW + 4,
        width: Math.max(2, (Math.abs(bar.value) / max) * plot),
        height: 22,
      }));
      return { panel, x, y: rowTop, width: cardWidth, height, name, head, bars };
    });
    cards.push(...row);
    rowTop += Math.max(...row.map((c) => c.height)) + GAP;
  }
  return { width, height: rowTop, silent, cards };
}

export type IndicatorsLayout = ReturnType<typeof indicatorsLayout>;
