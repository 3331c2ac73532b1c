import { DEFAULT_COUNTRIES } from "@/lib/view-state/state";
import { targetLocation, type FactPlaces } from "../scope";
import { targetKey } from "../target-keys";
import type { AnnotationTarget } from "../targets";

/**
 * The dashboard view that shows a target, as a path and search (`/matrix?countries=CN,JP&focus=
 * cell:JP:drivers`): the same whoever follows it, so no language or reader's choices. A target's
 * country joins the default ones (a view shows at least two); a passage's focus is where its
 * quote stands now (`at`, UTF-16 offsets as the page counts them).
 */
export function targetPermalink(
  t: AnnotationTarget,
  data: FactPlaces,
  at?: { start: number; end: number },
): string {
  const where = targetLocation(t, data);
  const country = where.country;
  const params = new URLSearchParams();
  if (country) params.set("countries", [...new Set([...DEFAULT_COUNTRIES, country])].join(","));
  if (where.from !== undefined) params.set("from", String(where.from));
  if (where.to !== undefined) params.set("to", String(where.to));
  const focus = at ? `passage:${at.start}-${at.end}` : where.focus;
  if (focus) params.set("focus", focus);
  // Commas and colons are safe in a query and keep links readable, as the pages write them.
  const search = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return `${where.path}${search ? `?${search}` : ""}`;
}

/** A target key as the fragment of an IRI (`assessment:drivers:JP`): only what a fragment cannot hold is escaped. */
export const keyFragment = (t: AnnotationTarget) =>
  encodeURIComponent(targetKey(t)).replace(/%3A/gi, ":").replace(/%2F/gi, "/");
