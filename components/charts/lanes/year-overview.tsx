"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Bar, BarChart, Brush, XAxis, YAxis } from "recharts";
import type { LanesData } from "@/lib/charts/lanes/model";

interface Props {
  perYear: LanesData["perYear"];
  range: { from: number; to: number };
  width: number;
  margin: { left: number; right: number };
  /** While a handle is dragged, and when it is let go. */
  onMove: (from: number, to: number) => void;
  onCommit: (from: number, to: number) => void;
}

/** A strip of events per year over every reachable year, with a brush to zoom the lanes above. */
export function YearOverview({ perYear, range, width, margin, onMove, onCommit }: Props) {
  const t = useTranslations("timeline.zoom");
  const ref = useRef<HTMLDivElement>(null);
  // The drawing is hidden from screen readers (the table stands for it) and the year selects are the
  // keyboard's zoom, so the brush handles, which Recharts makes focusable, leave the tab order.
  useEffect(() =>
    ref.current
      ?.querySelectorAll(".recharts-brush-traveller")
      .forEach((el) => el.setAttribute("tabindex", "-1")),
  );
  const first = perYear[0]?.year ?? range.from;
  const years = (r: { startIndex?: number; endIndex?: number }) =>
    [first + (r.startIndex ?? 0), first + (r.endIndex ?? perYear.length - 1)] as const;
  return (
    <div ref={ref} className="year-overview" data-testid="year-overview">
      <p className="muted" style={{ marginLeft: margin.left }}>
        {t("brush")}
      </p>
      <BarChart
        width={width}
        height={46}
        data={perYear}
        margin={{ top: 0, bottom: 0, ...margin }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="year" hide />
        <Brush
          dataKey="year"
          y={0}
          height={44}
          travellerWidth={10}
          stroke="#5b6475"
          startIndex={range.from - first}
          endIndex={range.to - first}
          onChange={(r) => onMove(...years(r))}
          onDragEnd={(r) => onCommit(...years(r))}
        >
          <BarChart data={perYear} accessibilityLayer={false}>
            <YAxis hide domain={[0, Math.max(3, ...perYear.map((y) => y.count))]} />
            <Bar dataKey="count" fill="#8d99ab" isAnimationActive={false} />
          </BarChart>
        </Brush>
      </BarChart>
    </div>
  );
}
