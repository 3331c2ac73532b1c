"use client";

import { useRouter } from "next/navigation";
import { useState, type MouseEvent } from "react";
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import { layoutLanes, textWidth, yearTicks, type PlacedItem } from "@/lib/views/charts/lane-layout";
import type { LaneItem, LanesData } from "@/lib/views/charts/lanes";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import type { ChartMarks } from "@/lib/annotations/marks";
import { AnnotatedRanges } from "./annotated-ranges";
import { LaneBackdrop, StageMarks } from "./lane-layers";
import { KindLegend, LaneTooltip, type Hover } from "./legend-tooltip";
import { Marker } from "./marker";
import type { MarkHandlers } from "./marks";
import { useWidth } from "./use-width";
import { YearOverview } from "./year-overview";

const AXIS_HEIGHT = 26;

/** Overrides that hold until the server answers the URL they asked for (`base` is what they were made on). */
type Pending<T> = { value: T; base: string } | null;

/** Countries as lanes over the years: stage bands, marks per kind, a tooltip on each, zoom and focus kept in the URL. */
export function LanesChart({ data, state, path, marks }: { data: LanesData; state: ViewState; path: string; marks: ChartMarks }) {
  const router = useRouter();
  const [ref, width] = useWidth<HTMLDivElement>();
  const rangeBase = `${data.range.from}-${data.range.to}`;
  // A tooltip belongs to the drawing it was opened on: marks move under a still pointer when the view changes.
  const [hovered, setHover] = useState<(Hover & { base: string }) | null>(null);
  const [dragged, setDragged] = useState<Pending<{ from: number; to: number }>>(null);
  const [picked, setPicked] = useState<Pending<string>>(null);
  const range = dragged?.base === rangeBase ? dragged.value : data.range;
  const focusKey = picked?.base === (data.focusKey ?? "") ? picked.value : data.focusKey;
  const drawing = `${range.from}-${range.to}:${focusKey}`;
  const hover = hovered?.base === drawing ? hovered : null;

  const go = (patch: Partial<ViewState>) => router.replace(viewHref(path, state, patch), { scroll: false });
  const handlers: MarkHandlers = {
    focusKey,
    notes: marks.events,
    onHover: (item: LaneItem | null, event?: MouseEvent) => {
      const box = ref.current?.getBoundingClientRect();
      setHover(item && event && box ? { item, x: event.clientX - box.left, y: event.clientY - box.top, base: drawing } : null);
    },
    onPick: (item) => {
      setPicked({ value: item.key, base: data.focusKey ?? "" });
      go({ focus: `event:${item.key}` });
    },
  };
  const commit = (from: number, to: number) => {
    const all = from === data.range.min && to === data.range.max;
    go({ from: all ? null : from, to: all ? null : to });
  };

  // Room on the right for the brush's year labels; the lanes use the same margins so the years line up.
  const labels = Math.max(...data.lanes.map((l) => Math.max(textWidth(l.name, 13) * 1.1, l.detail ? textWidth(l.detail, 11) : 0)));
  const margin = { top: 4, right: 36, bottom: 0, left: Math.round(Math.min(width / 4, Math.max(64, labels + 16))) };
  const plotWidth = Math.max(120, width - margin.left - margin.right);
  // While a zoom is dragged in, marks outside the new range leave before the server is asked.
  const lanes = data.lanes.map((l) => ({ ...l, items: l.items.filter((i) => i.start < range.to + 1 && (i.ongoing || (i.end ?? i.at) > range.from)) }));
  const { boxes, height } = layoutLanes(lanes, range, plotWidth);
  const points = (kind: string) => boxes.flatMap((b) => b.items.filter((i) => i.kind === kind && i.kind !== "stage").map((item) => ({ x: item.at, y: item.y, item })));
  return (
    <div ref={ref} className="lanes-chart" data-testid="lanes-chart" data-from={range.from} data-to={range.to}>
      <KindLegend kinds={data.kinds} />
      {width > 0 && (
        <>
          <ScatterChart width={width} height={height + margin.top + AXIS_HEIGHT} margin={margin} accessibilityLayer={false}>
            <XAxis type="number" dataKey="x" domain={[range.from, range.to + 1]} ticks={yearTicks(range, plotWidth)} tickFormatter={(v: number) => String(Math.floor(v))} height={AXIS_HEIGHT} allowDataOverflow tick={{ fontSize: 12 }} />
            <YAxis type="number" dataKey="y" domain={[0, height]} reversed hide allowDataOverflow />
            <LaneBackdrop boxes={boxes} />
            <AnnotatedRanges boxes={boxes} ranges={marks.ranges} chart={path.replace("/charts/", "")} />
            <CartesianGrid horizontal={false} stroke="#dde1e8" strokeDasharray="2 4" />
            <StageMarks boxes={boxes} handlers={handlers} />
            {data.kinds.filter((k) => k.kind !== "stage").map(({ kind }) => (
              <Scatter key={kind} data={points(kind)} isAnimationActive={false} shape={(p: { cx?: number; cy?: number; payload?: { item: PlacedItem } }) => <Marker cx={p.cx} cy={p.cy} item={p.payload!.item} handlers={handlers} />} />
            ))}
          </ScatterChart>
          {/* The brush follows its own drag; it is drawn anew from the URL's range when the server answers. */}
          <YearOverview key={rangeBase} perYear={data.perYear} range={data.range} width={width} margin={{ left: margin.left, right: margin.right }} onMove={(from, to) => setDragged({ value: { from, to }, base: rangeBase })} onCommit={commit} />
        </>
      )}
      {hover && <LaneTooltip hover={hover} width={width} />}
    </div>
  );
}
