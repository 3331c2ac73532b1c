"use client";

import { usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import { fitText, LANE, textWidth, type LaneBox, type PlacedItem } from "@/lib/views/charts/lane-layout";
import { BAND_FILLS, BAND_TEXT, FOCUS_STROKE, KIND_STYLE } from "./kind-style";
import { AnnotationDot } from "../annotation-dot";
import { markProps, type MarkHandlers } from "./marks";

/** The lanes' stripes, the country names (with a detail line) left of the plot, and what an empty lane lacks. */
export function LaneBackdrop({ boxes }: { boxes: LaneBox[] }) {
  const plot = usePlotArea();
  const y = useYAxisScale();
  if (!plot || !y) return null;
  return (
    <g className="lane-backdrop">
      {boxes.map((box, i) => {
        const top = y(box.top) ?? 0;
        const middle = top + box.height / 2;
        return (
          <g key={box.lane.country} data-testid={`lane-${box.lane.country}`}>
            <rect x={plot.x} y={top} width={plot.width} height={box.height} fill={i % 2 ? "#f3f6fa" : "#fbfcfe"} />
            <text x={4} y={middle - (box.lane.detail ? 7 : 0)} dominantBaseline="central" fontSize={13} fontWeight={600} fill="#1a1f2b">
              {fitText(box.lane.name, plot.x - 12, 13)}
            </text>
            {box.lane.detail && (
              <text x={4} y={middle + 10} dominantBaseline="central" fontSize={11} fill="#5b6475">
                {fitText(box.lane.detail, plot.x - 12, 11)}
              </text>
            )}
            {box.items.length === 0 && (
              <text x={plot.x + 10} y={middle} dominantBaseline="central" fontSize={12} fontStyle="italic" fill="#5b6475">
                {fitText(box.lane.emptyText, plot.width - 20, 12)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** The first of some labels that fits a width, or the last one cut to fit. */
const firstFitting = (labels: string[], width: number, fontSize: number) => labels.find((l) => textWidth(l, fontSize) <= width) ?? fitText(labels.at(-1)!, width, fontSize);

/** Two lines that fit a band: the title (or its part before the colon, "Stage 3"), then the period (or its bare years, "2016–18"). */
function stageLabel(item: PlacedItem, width: number): [string, string] {
  const from = Math.floor(item.start);
  const to = item.ongoing || item.end === null ? "" : String(Math.ceil(item.end) - 1);
  const years = item.band ? [`${from}–${to}`, `${from}–${to.slice(2)}`] : [];
  return [firstFitting([item.title, item.title.split(/[\uFF1A:]/)[0]], width, 12), firstFitting([item.period, ...years], width, 11)];
}

/** Stages: a band from start to end (an ongoing one runs to the edge, with an arrow), or a flag where the end is not known. */
export function StageMarks({ boxes, handlers }: { boxes: LaneBox[]; handlers: MarkHandlers }) {
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!plot || !x || !y) return null;
  const right = plot.x + plot.width;
  const px = (value: number) => Math.min(right, Math.max(plot.x, x(value) ?? plot.x));
  return (
    <g className="stage-marks">
      {boxes.flatMap((box) => {
        const stages = box.items.filter((i) => i.kind === "stage");
        return stages.map((item, i) => {
          const top = (y(item.y) ?? 0) - LANE.band / 2;
          const focused = handlers.focusKey === item.key;
          const x0 = px(item.band ? item.start : item.at);
          const next = stages[i + 1];
          const x1 = item.band ? (item.ongoing ? right : px(item.end!)) : next ? px(next.start) : right;
          const textX = item.band ? x0 + 6 : x0 + 8;
          const [title, period] = stageLabel(item, x1 - textX - (item.ongoing ? 18 : 4));
          return (
            <g key={item.key} {...markProps(item, handlers)} data-period={item.period} data-title={item.title}>
              {item.band ? (
                <rect x={x0 + 1} y={top} width={Math.max(2, x1 - x0 - 2)} height={LANE.band} rx={4} fill={BAND_FILLS[i % 2]} stroke={focused ? FOCUS_STROKE : KIND_STYLE.stage.color} strokeWidth={focused ? 2.5 : 1} />
              ) : (
                <>
                  <rect x={x0} y={top} width={Math.max(0, x1 - x0)} height={LANE.band} fill="transparent" />
                  <line x1={x0} x2={x0} y1={top} y2={top + LANE.band} stroke={focused ? FOCUS_STROKE : KIND_STYLE.stage.color} strokeWidth={focused ? 4 : 3} />
                  <path d={`M${x0},${top} l7,4 l-7,4 z`} fill={KIND_STYLE.stage.color} />
                </>
              )}
              {item.ongoing && <path d={`M${right - 10},${top + LANE.band / 2 - 6} l7,6 l-7,6`} fill="none" stroke={BAND_TEXT} strokeWidth={1.5} />}
              <text x={textX} y={top + 14} fontSize={12} fontWeight={600} fill={BAND_TEXT}>{title}</text>
              <text x={textX} y={top + 29} fontSize={11} fill={BAND_TEXT}>{period}</text>
              {handlers.notes[item.key] && <AnnotationDot x={Math.max(x0 + 10, x1 - (item.ongoing ? 24 : 10))} y={top + 2} count={handlers.notes[item.key]} testId={`annotations-event-${item.key}`} />}
            </g>
          );
        });
      })}
    </g>
  );
}
