import type { AnnotationView } from "./types";

/** An annotation change as the stream tells it to one reader (see changeFor in lib/queries). */
export interface LiveChange {
  kind: string;
  annotationId: string;
  targetKey: string;
  /** How the change moves the reader's count on the target: +1, 0 or −1. */
  delta: number;
  /** The annotation after the change; absent when it was deleted. */
  annotation?: AnnotationView;
}

const EVENT = "scc-annotation-change";

/** Tells the page's listeners (badges, panel, details) of a change from the stream. */
export function emitLiveChange(change: LiveChange) {
  window.dispatchEvent(new CustomEvent<LiveChange>(EVENT, { detail: change }));
}

/** Listens to the changes the page's stream receives; returns how to stop. */
export function onLiveChange(handler: (change: LiveChange) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<LiveChange>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
