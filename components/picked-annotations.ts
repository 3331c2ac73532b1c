"use client";

import { useSyncExternalStore } from "react";

// The annotations picked one by one in the panel for an export ("Pick for export"): kept in the
// page while it is open, read by the Export menu.

let picked: readonly string[] = [];
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const NONE: readonly string[] = [];

export function togglePicked(id: string) {
  picked = picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id];
  listeners.forEach((l) => l());
}

/** The ids picked so far, in the order they were picked. */
export const usePicked = () =>
  useSyncExternalStore(
    subscribe,
    () => picked,
    () => NONE,
  );
