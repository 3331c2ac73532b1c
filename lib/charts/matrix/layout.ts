import { TYPE } from "../style";
import { textWidth, wrap } from "../text";
import type { MatrixData } from "./model";

const FIRST = 200;
const HEAD = 32;

/** The matrix for an exported image: a column per country, a row per dimension, each cell its chip and summary. */
export function matrixLayout(matrix: MatrixData, width: number) {
  const column = (width - FIRST) / matrix.countries.length;
  let y = HEAD;
  const rows = matrix.rows.map((row) => {
    const name = wrap(row.name, FIRST - 16, 14, 2);
    const cells = row.cells.map((cell, i) => {
      const chip =
        cell.levelLabel && cell.level !== null && cell.tone !== null
          ? `${cell.level}/${row.scaleMax} · ${cell.levelLabel}`
          : null;
      const summary = cell.summary ? wrap(cell.summary, column - 16, TYPE.small, 3) : null;
      return {
        cell,
        x: FIRST + i * column,
        chip,
        chipWidth: chip ? Math.min(column - 16, textWidth(chip, TYPE.tiny) + 16) : 0,
        summary,
      };
    });
    const height = Math.max(
      name.length * 19 + 16,
      ...cells.map((c) => (c.chip ? 30 : 8) + (c.summary ? c.summary.length * 17 : 17) + 12),
    );
    const laid = { row, y, height, name, cells };
    y += height;
    return laid;
  });
  return {
    width,
    height: y + 4,
    first: FIRST,
    column,
    head: HEAD,
    bottom: y,
    countries: matrix.countries.map((c, i) => ({ ...c, x: FIRST + i * column })),
    rows,
  };
}

export type MatrixLayout = ReturnType<typeof matrixLayout>;
