import type { ChangeStatus } from "@/lib/curation/changes";
import type { Entity, FactValue } from "@/lib/curation/facts";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translateKey } from "@/lib/i18n/translator";
import { chartPath } from "@/lib/charts/types";
import { DIRECTION_DIMENSIONS } from "@/lib/dataset/directions";
import { DEFAULT_COUNTRIES, MAX_COUNTRIES, type ChartKey } from "@/lib/view-state/state";

// The views a change shows up in, each linked as a preview of the request (the published data
// with its changes applied), or, once published, as the version it made.

export interface TouchedView {
  view: "matrix" | ChartKey;
  label: string;
  href: string;
}

/** The dimension whose levels the data-laws chart shows beside its rules (lib/charts/data-laws). */
const DATA_LAWS_CONTEXT = "data-governance";
/** The event kinds the data-laws chart draws (lib/charts/data-laws dataRules). */
const RULE_KINDS = ["policy", "law", "standard"];

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The default pair, with the fact's country added: a view compares at least two. */
function countriesWith(country: string): string[] {
  if (!country || DEFAULT_COUNTRIES.includes(country)) return DEFAULT_COUNTRIES;
  return [...DEFAULT_COUNTRIES, country].slice(0, MAX_COUNTRIES);
}

export function touchedViews(
  data: Dataset,
  entity: Entity,
  key: Record<string, string>,
  value: FactValue | null,
  cr: { id: string; status: ChangeStatus; publishedVersion: number | null },
  lang: Lang,
): TouchedView[] {
  const country =
    entity === "assessment" || entity === "country"
      ? (key.country ?? key.key ?? "")
      : str(value?.country);
  const dimension = entity === "dimension" ? key.key : key.dimension;
  const hasScale = (d: string | undefined) =>
    !!data.dimensions.find((x) => x.key === d)?.scale?.length ||
    (entity === "dimension" && Array.isArray(value?.scale) && value.scale.length > 0);
  const dataDimensions = new Set(
    data.dimensions.filter((d) => d.group === "data").map((d) => d.key),
  );

  // A direction (the development model) has its own chart and is not on the radar.
  const onRadar = (dimension: string) =>
    hasScale(dimension) && !DIRECTION_DIMENSIONS.has(dimension);
  const views: { view: TouchedView["view"]; focus: string | null }[] = [];
  const add = (view: TouchedView["view"], focus: string | null = null) =>
    views.push({ view, focus });
  switch (entity) {
    case "assessment":
      add("matrix", `cell:${key.country}:${key.dimension}`);
      if (onRadar(dimension)) add("radar");
      if (dimension === "development-model") add("development-model");
      if (dimension === DATA_LAWS_CONTEXT) add("data-laws");
      break;
    case "event": {
      add("timeline", `event:${key.key}`);
      const dims = Array.isArray(value?.dimensions) ? (value.dimensions as string[]) : [];
      if (RULE_KINDS.includes(str(value?.kind)) && dims.some((d) => dataDimensions.has(d)))
        add("data-laws", `event:${key.key}`);
      break;
    }
    case "observation":
      add("indicators", `observation:${key.key}`);
      break;
    case "indicator":
      add("indicators");
      break;
    case "actor":
      add("actors", `actor:${key.key}`);
      break;
    case "country":
      add("matrix");
      break;
    case "dimension":
      add("matrix", `dimension:${key.key}`);
      if (onRadar(dimension)) add("radar");
      break;
  }
  return views.map(({ view, focus }) => {
    const params = new URLSearchParams({ countries: countriesWith(country).join(","), lang });
    if (focus) params.set("focus", focus);
    if (cr.status === "published" && cr.publishedVersion)
      params.set("version", String(cr.publishedVersion));
    else params.set("preview", cr.id);
    const path = chartPath(view);
    return {
      view,
      label: translateKey(lang, view === "matrix" ? "common.nav.matrix" : `charts.titles.${view}`),
      // Commas and colons are safe in a query and keep links readable.
      href: `${path}?${params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":")}`,
    };
  });
}
