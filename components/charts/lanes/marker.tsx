"use client";

import { Symbols, usePlotArea, useXAxisScale } from "recharts";
import type { PlacedItem } from "@/lib/views/charts/lane-layout";
import { FOCUS_STROKE, KIND_STYLE } from "./kind-style";
import { AnnotationDot } from "../annotation-dot";
import { markProps, type MarkHandlers } from "./marks";

/** A Scatter point: the kind's symbol, with a thin line over its period when it has an end (a plan for 2014–2020). */
export function Marker({ cx, cy, item, handlers }: { cx?: number; cy?: number; item: PlacedItem; handlers: MarkHandlers }) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  if (cx === undefined || cy === undefined || !plot || !x) return null;
  const style = KIND_STYLE[item.kind];
  const focused = handlers.focusKey === item.key;
  const end = item.end === null ? null : Math.min(plot.x + plot.width, x(item.end) ?? cx);
  return (
    <g {...markProps(item, handlers)}>
      {end !== null && <line x1={cx} x2={end} y1={cy} y2={cy} stroke={style.color} strokeWidth={3} strokeOpacity={0.45} strokeLinecap="round" />}
      <circle cx={cx} cy={cy} r={11} fill="transparent" />
      <Symbols type={style.shape} cx={cx} cy={cy} size={focused ? 190 : 110} fill={style.color} stroke={focused ? FOCUS_STROKE : "#ffffff"} strokeWidth={focused ? 2.5 : 1} />
      {handlers.notes[item.key] && <AnnotationDot x={cx + 10} y={cy - 10} count={handlers.notes[item.key]} testId={`annotations-event-${item.key}`} />}
    </g>
  );
}
