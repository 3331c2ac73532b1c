import type { ViewState } from "@/lib/view-state/state";
import type { ExportFormat, ExportTarget } from "./request";

/** The server-side export of what a view shows: same countries, dimensions, years, language and version. */
export function exportSearch(state: ViewState): string {
  const params = new URLSearchParams({ countries: state.countries.join(",") });
  if (state.dims) params.set("dims", state.dims.join(","));
  if (state.from !== null) params.set("from", String(state.from));
  if (state.to !== null) params.set("to", String(state.to));
  params.set("lang", state.lang);
  // A pinned view exports the version it shows.
  if (state.version) params.set("version", String(state.version));
  return params.toString().replaceAll("%2C", ",");
}

/** An export's URL; `extra` adds `scale` and `annotations`. */
export const exportHref = (
  chart: ExportTarget,
  format: ExportFormat,
  search: string,
  extra: Record<string, string> = {},
) =>
  `/api/v1/charts/${chart}/export.${format}?${[search, new URLSearchParams(extra).toString()].filter(Boolean).join("&")}`;
