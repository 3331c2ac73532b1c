"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { onLiveChange } from "@/lib/annotations/live-events";
import { targetFromKey } from "@/lib/annotations/target-keys";
import { patchMarkers, type ChartAnnotations } from "@/lib/charts/annotations";
import type { ChartTarget } from "@/lib/charts/types";

const Markers = createContext<ChartAnnotations | null>(null);

/**
 * A chart's (or the matrix's) annotation markers, patched by each change on the stream: the
 * change's target and how it moves the reader's count. Nothing is fetched or rendered on the server.
 */
export function LiveMarkers({
  initial,
  chart,
  children,
}: {
  initial: ChartAnnotations;
  chart: ChartTarget;
  children: ReactNode;
}) {
  const [markers, setMarkers] = useState(initial);
  // A new server render (another view state, a published version) counts afresh.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    setMarkers(initial);
  }
  useEffect(
    () =>
      onLiveChange((change) => {
        const target = change.annotation?.target ?? targetFromKey(change.targetKey);
        if (!change.delta || !target) return;
        setMarkers((m) =>
          patchMarkers(m, target, change.delta, chart, change.annotation?.body ?? ""),
        );
      }),
    [chart],
  );
  return <Markers value={markers}>{children}</Markers>;
}

/** The live markers inside LiveMarkers, else the ones given (an export, a test). */
export const useMarkers = (given: ChartAnnotations) => useContext(Markers) ?? given;

/** A matrix cell's badge: how many annotations, live; nothing while there are none. */
export function MarkBadge({
  mark,
  initial,
  testId,
}: {
  mark: string;
  /** The count outside LiveMarkers. */
  initial: number;
  testId: string;
}) {
  const t = useTranslations("annotations");
  const live = useContext(Markers);
  const count = live ? (live.counts[mark] ?? 0) : initial;
  if (count === 0) return null;
  return (
    <span className="annotation-badge" data-annotations={mark} data-testid={testId}>
      {t("count", { count })}
    </span>
  );
}
