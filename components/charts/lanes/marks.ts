import type { MouseEvent } from "react";
import type { LaneItem } from "@/lib/views/charts/lanes";

/** What every mark does: a tooltip while the pointer is on it, the details panel when clicked. */
export interface MarkHandlers {
  focusKey: string | null;
  /** Annotations per event key: a count dot on the mark. */
  notes: Record<string, number>;
  onHover: (item: LaneItem | null, event?: MouseEvent) => void;
  onPick: (item: LaneItem) => void;
}

export const markProps = (item: LaneItem, h: MarkHandlers) => ({
  "data-testid": `mark-${item.key}`,
  "data-kind": item.kind,
  "data-focused": h.focusKey === item.key ? "true" : undefined,
  className: "lane-mark",
  onMouseMove: (event: MouseEvent) => h.onHover(item, event),
  onMouseLeave: () => h.onHover(null),
  onClick: () => h.onPick(item),
});
