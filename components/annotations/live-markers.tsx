"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import {
  changesAfter,
  deltaFor,
  noChanges,
  receivedChanges,
  subscribeLive,
} from "@/lib/annotations/live-events";
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
  since,
  chart,
  resolved = false,
  children,
}: {
  initial: ChartAnnotations;
  /** The last change `initial` includes: earlier ones are not applied again. */
  since: string;
  chart: ChartTarget;
  /** Resolved threads counted too (the view's `resolved=shown`). */
  resolved?: boolean;
  children: ReactNode;
}) {
  // What the server counted up to `since`, with every later change this page received on top.
  const log = useSyncExternalStore(subscribeLive, receivedChanges, noChanges);
  const markers = useMemo(
    () =>
      changesAfter(log, since).reduce((m, change) => {
        const delta = deltaFor(change, resolved);
        if (!delta) return m;
        // A note on several targets moves the count of each that this chart draws.
        const targets =
          change.annotation?.targets ??
          change.targetKeys.map(targetFromKey).filter((t) => t !== null);
        return targets.reduce(
          (n, target) => patchMarkers(n, target, delta, chart, change.annotation?.body ?? ""),
          m,
        );
      }, initial),
    [initial, since, chart, log, resolved],
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
