"use client";

import { useMarkers } from "@/components/annotations/live-markers";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type MouseEvent } from "react";
import { countMarkers, type ChartAnnotations } from "@/lib/charts/annotations";
import { LanesDrawing } from "@/lib/charts/lanes/drawing";
import { lanesGeometry } from "@/lib/charts/lanes/layout";
import type { LaneItem, LanesData } from "@/lib/charts/lanes/model";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { KindLegend, LaneTooltip, type Hover } from "./legend-tooltip";
import { useWidth } from "./use-width";
import { YearOverview } from "./year-overview";

/** Room on the right for the brush's year labels; the lanes use the same margins so the years line up. */
const RIGHT = 36;

/** Overrides that hold until the server answers the URL they asked for (`base` is what they were made on). */
type Pending<T> = { value: T; base: string } | null;

/**
 * Countries as lanes over the years, drawn by the same LanesDrawing as the exported image, with a
 * tooltip on each mark, its details on click, and the years zoomed by a brush; zoom and focus are
 * kept in the URL.
 */
export function LanesChart({
  data,
  state,
  path,
  annotations: given,
}: {
  data: LanesData;
  state: ViewState;
  path: string;
  annotations: ChartAnnotations;
}) {
  const annotations = useMarkers(given);
  const router = useRouter();
  const t = useTranslations("annotations");
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

  const go = (patch: Partial<ViewState>) =>
    router.replace(viewHref(path, state, patch), { scroll: false });
  const onHover = (item: LaneItem | null, event?: MouseEvent) => {
    const box = ref.current?.getBoundingClientRect();
    setHover(
      item && event && box
        ? { item, x: event.clientX - box.left, y: event.clientY - box.top, base: drawing }
        : null,
    );
  };
  const markProps = (item: LaneItem) => ({
    "data-testid": `mark-${item.key}`,
    "data-focused": focusKey === item.key ? "true" : undefined,
    onMouseMove: (event: MouseEvent) => onHover(item, event),
    onMouseLeave: () => onHover(null),
    onClick: () => {
      setPicked({ value: item.key, base: data.focusKey ?? "" });
      go({ focus: `event:${item.key}` });
    },
  });
  const commit = (from: number, to: number) => {
    const all = from === data.range.min && to === data.range.max;
    go({ from: all ? null : from, to: all ? null : to });
  };
  const markers = countMarkers(
    annotations,
    (count) => t("count", { count }),
    (r) =>
      `${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${t("count", { count: r.count })}${r.label ? ` · ${r.label}` : ""}`,
  );
  const geometry = width > 0 ? lanesGeometry(data, { width, right: RIGHT, range }) : null;
  return (
    <div
      ref={ref}
      className="lanes-chart"
      data-testid="lanes-chart"
      data-from={range.from}
      data-to={range.to}
    >
      <KindLegend kinds={data.kinds} />
      {geometry && (
        <>
          <svg width={geometry.width} height={geometry.height} role="presentation">
            <LanesDrawing
              geometry={geometry}
              chart={path.replace("/charts/", "")}
              markers={markers}
              focusKey={focusKey}
              markProps={markProps}
            />
          </svg>
          {/* The brush follows its own drag; it is drawn anew from the URL's range when the server answers. */}
          <YearOverview
            key={rangeBase}
            perYear={data.perYear}
            range={data.range}
            width={width}
            margin={{ left: geometry.plot.x, right: RIGHT }}
            onMove={(from, to) => setDragged({ value: { from, to }, base: rangeBase })}
            onCommit={commit}
          />
        </>
      )}
      {hover && <LaneTooltip hover={hover} width={width} />}
    </div>
  );
}
