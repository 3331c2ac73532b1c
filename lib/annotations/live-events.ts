import type { AnnotationView } from "./types";

/** An annotation change as the stream tells it to one reader (see changeFor in lib/queries). */
export interface LiveChange {
  /** The change's id in the log (a number, as text): later changes have larger ids. */
  id: string;
  kind: string;
  annotationId: string;
  /** The keys of the annotation's targets (see targetKey). */
  targetKeys: string[];
  /** How the change moves the reader's count on each of its targets: +1, 0 or −1. */
  delta: number;
  /** The same for a reader who hides resolved threads (the default): resolving a thread takes its notes away. */
  openDelta: number;
  /** The annotation after the change; absent when it was deleted. */
  annotation?: AnnotationView;
}

const EVENT = "scc-annotation-change";
/** The changes this page has received, newest last: a part that starts later catches up from them. */
let received: readonly LiveChange[] = [];
const KEEP = 2000;
const NONE: readonly LiveChange[] = [];

/** Whether change `id` comes after `since` (both change ids as text). */
export const isAfter = (id: string, since: string) => BigInt(id) > BigInt(since);

/** Of some received changes, those after `since`, oldest first. */
export const changesAfter = (log: readonly LiveChange[], since: string) =>
  log.filter((c) => isAfter(c.id, since));

/** Tells the page's listeners (badges, panel, details) of a change from the stream. */
export function emitLiveChange(change: LiveChange) {
  if (received.some((c) => c.id === change.id)) return; // sent again after a reconnect
  // A new array each time: useSyncExternalStore sees the change.
  received = [...received, change].slice(-KEEP);
  window.dispatchEvent(new CustomEvent<LiveChange>(EVENT, { detail: change }));
}

/** Listens to the changes the page's stream receives; returns how to stop. */
export function onLiveChange(handler: (change: LiveChange) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<LiveChange>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

/** The changes received so far (for useSyncExternalStore; none on the server). */
export const receivedChanges = () => received;
export const noChanges = () => NONE;
export const subscribeLive = (notify: () => void) => onLiveChange(() => notify());

/** How a change moves a reader's counts: with resolved threads shown, or hidden. */
export const deltaFor = (change: LiveChange, resolved: boolean) =>
  resolved ? change.delta : change.openDelta;
const NOTIFIED = "scc-notification";

/** Tells the page (its bell) that the reader has a new notification. */
export const emitNotification = () => window.dispatchEvent(new Event(NOTIFIED));

/** Listens for the reader's new notifications; returns how to stop. */
export function onNotification(handler: () => void): () => void {
  window.addEventListener(NOTIFIED, handler);
  return () => window.removeEventListener(NOTIFIED, handler);
}
