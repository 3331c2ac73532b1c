import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3-shape";
import type { EventKind } from "@/lib/dataset/schema";
import { FOCUS_STROKE, KIND_STYLE, type SymbolShape } from "../style";

const SHAPES = {
  circle: symbolCircle,
  diamond: symbolDiamond,
  square: symbolSquare,
  triangle: symbolTriangle,
  star: symbolStar,
  wye: symbolWye,
};

/** The path of a symbol of `area` square pixels centred on 0,0 (the same as Recharts draws). */
export const symbolPath = (shape: SymbolShape, area: number) => symbol(SHAPES[shape], area)() ?? "";

/** The symbol of a kind of event (policy, law, standard, pilot, event), larger and outlined when focused. */
export function EventSymbol({
  kind,
  x,
  y,
  area = 110,
  focused = false,
}: {
  kind: EventKind;
  x: number;
  y: number;
  area?: number;
  focused?: boolean;
}) {
  const style = KIND_STYLE[kind];
  return (
    <path
      d={symbolPath(style.shape, focused ? area * 1.75 : area)}
      transform={`translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`}
      fill={style.color}
      stroke={focused ? FOCUS_STROKE : "#ffffff"}
      strokeWidth={focused ? 2.5 : 1}
    />
  );
}
