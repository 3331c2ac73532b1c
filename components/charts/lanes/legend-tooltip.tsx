"use client";

import { useTranslations } from "next-intl";
import { EventSymbol } from "@/lib/charts/marks/event-symbol";
import type { LaneItem, LanesData } from "@/lib/charts/lanes/model";
import { BAND_FILLS, KIND_STYLE } from "@/lib/charts/style";

/** The kinds drawn, each with its shape and colour. */
export function KindLegend({ kinds }: { kinds: LanesData["kinds"] }) {
  const t = useTranslations("timeline");
  return (
    <div className="kind-legend" data-testid="kind-legend">
      <span className="muted">{t("legend")}</span>
      <ul>
        {kinds.map(({ kind, label }) => (
          <li key={kind} data-kind={kind}>
            <svg width={kind === "stage" ? 24 : 16} height={16} aria-hidden="true">
              {kind === "stage" ? (
                <rect
                  x={1}
                  y={3}
                  width={22}
                  height={10}
                  rx={3}
                  fill={BAND_FILLS[1]}
                  stroke={KIND_STYLE.stage.color}
                />
              ) : (
                <EventSymbol kind={kind} x={8} y={8} area={90} />
              )}
            </svg>
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface Hover {
  item: LaneItem;
  x: number;
  y: number;
}

/** The tooltip of a mark: title, period, kind and how many citations back it. */
export function LaneTooltip({ hover, width }: { hover: Hover; width: number }) {
  const t = useTranslations("common.evidence");
  const flip = hover.x > width - 320;
  return (
    <div
      className="lane-tooltip"
      data-testid="chart-tooltip"
      style={{
        top: hover.y + 14,
        ...(flip ? { right: width - hover.x + 8 } : { left: hover.x + 14 }),
      }}
    >
      <strong>{hover.item.title}</strong>
      <span>{hover.item.period}</span>
      <span>
        {hover.item.kindLabel} · {t("citations", { count: hover.item.citations })}
      </span>
    </div>
  );
}
