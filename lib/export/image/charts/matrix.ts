import type { buildMatrix } from "@/lib/views/matrix";
import type { NoteIndex } from "../notes";
import { textWidth } from "@/lib/views/charts/lane-layout";
import { lines, marker, rect, text, wrap, type Drawing } from "../svg";

type Matrix = ReturnType<typeof buildMatrix>;

// The heatmap tones of the screen (app/globals.css .level-1 … .level-5).
const TONES: Record<number, [string, string]> = { 1: ["#eef4fb", "#08306b"], 2: ["#c6dbef", "#08306b"], 3: ["#9ecae1", "#08306b"], 4: ["#3f7fbf", "#ffffff"], 5: ["#08519c", "#ffffff"] };

/** Dimensions × countries: each cell its scale position as a chip, and its summary cut to three lines. */
export function matrixSvg(matrix: Matrix, width: number, notes: NoteIndex, silent: string): Drawing {
  const first = 200;
  const column = (width - first) / matrix.countries.length;
  const parts: string[] = [rect(0, 0, width, 32, 'fill="#eef1f5"')];
  matrix.countries.forEach((c, i) => parts.push(text(first + i * column + 8, 21, c.name, { size: 14, weight: 700 })));
  let y = 32;
  for (const row of matrix.rows) {
    const name = wrap(row.name, first - 16, 14, 2);
    const cells = row.cells.map((cell) => ({ cell, summary: cell.summary ? wrap(cell.summary, column - 16, 12, 3) : null }));
    const height = Math.max(name.length * 19 + 16, ...cells.map((c) => (c.cell.levelLabel ? 30 : 8) + (c.summary ? c.summary.length * 17 : 17) + 12));
    parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="#dde1e8"/>`, lines(8, y + 20, name, 14, 19, { weight: 700 }));
    cells.forEach(({ cell, summary }, i) => {
      const x = first + i * column + 8;
      let cy = y + 10;
      if (cell.levelLabel && cell.level !== null && cell.tone !== null) {
        const [bg, fg] = TONES[cell.tone] ?? TONES[3];
        const label = `${cell.level}/${row.scaleMax} · ${cell.levelLabel}`;
        parts.push(rect(x, cy, Math.min(column - 16, textWidth(label, 11) + 16), 20, `rx="10" fill="${bg}"`), text(x + 8, cy + 14, label, { size: 11, weight: 700, fill: fg }));
        cy += 28;
      }
      parts.push(summary ? lines(x, cy + 12, summary, 12, 17) : text(x, cy + 12, silent, { size: 12, fill: "#5b6475" }));
      notes.cell(cell.country, cell.dimension).forEach((n, k) => parts.push(marker(first + (i + 1) * column - 14 - k * 20, y + 14, n)));
    });
    y += height;
  }
  parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="#dde1e8"/>`);
  return { svg: parts.join(""), width, height: y + 4 };
}
