import type { Lang } from "@/lib/i18n/lang";

/** Stable chart keys: URLs, exports and annotations name charts by them. */
export const CHART_KEYS = [
  "radar",
  "development-model",
  "timeline",
  "indicators",
  "actors",
  "data-laws",
] as const;
export type ChartKey = (typeof CHART_KEYS)[number];
export const isChartKey = (value: string): value is ChartKey =>
  (CHART_KEYS as readonly string[]).includes(value);

export const DEFAULT_COUNTRIES = ["CN", "JP"];
export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 6;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2035;

/**
 * Everything a view shows, kept in the URL so that a copied link reproduces it. The tab is the
 * path (`/matrix`, `/charts/timeline`, `/sources/…`); `focus` is the highlighted item:
 * `cell:CN:development-model`, `event:cn-stage-1`, `passage:120-168`, `actor:cn-miit`.
 */
export interface ViewState {
  countries: string[];
  dims: string[] | null;
  lang: Lang;
  view: "chart" | "table";
  from: number | null;
  to: number | null;
  focus: string | null;
  /** A published dataset version the view is pinned to (a citable state); absent: the current one. */
  version?: number | null;
  /** A change request whose changes the view previews on top of the published data. */
  preview?: string | null;
  /** Resolved annotation threads shown too (`resolved=shown`); by default they are hidden. */
  resolved?: boolean;
}

export type StateProblem =
  | { key: "unknownCountry"; values: { value: string } }
  | { key: "tooFewCountries" | "tooManyCountries"; values: { min: number; max: number } }
  | { key: "unknownDimension"; values: { value: string } }
  | { key: "badYears"; values: { from: string; to: string } }
  | { key: "badFocus"; values: { value: string } }
  | { key: "focusMissing"; values: Record<string, never> }
  | { key: "badVersion" | "badPreview"; values: { value: string } }
  | { key: "versionAndPreview"; values: Record<string, never> }
  | { key: "noSuchVersion"; values: { version: number; latest: number } }
  | { key: "previewHidden" | "previewStale"; values: Record<string, never> };

/** The problems about the dataset a view shows (its version or preview), worded in the history catalog. */
export const DATASET_PROBLEMS = [
  "badVersion",
  "badPreview",
  "versionAndPreview",
  "noSuchVersion",
  "previewHidden",
  "previewStale",
] as const;

/** The problems of a view whose highlighted item was not found in the data. */
export const withFocusMissing = (problems: StateProblem[], missing: boolean): StateProblem[] =>
  missing ? [...problems, { key: "focusMissing", values: {} }] : problems;

export type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter given twice counts as its first value, the way URLSearchParams.get reads it. */
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
/** Echoed input is cut short: a notice quotes what was ignored, never a paragraph of it. */
const echo = (value: string) => (value.length > 24 ? `${value.slice(0, 24)}…` : value);
const VERSION = /^\d{1,9}$/;
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOCUS = /^(cell|event|passage|actor|observation|dimension|country):[A-Za-z0-9:_.-]{1,120}$/;

function parseYear(value: string | undefined): number | null | undefined {
  if (value === undefined || value === "") return null;
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

/**
 * Reads the view state from search parameters. Bad parts fall back to their defaults and are
 * reported, so the page can say what it ignored instead of failing.
 */
export function parseViewState(
  params: SearchParams,
  known: { countries: readonly string[]; dimensions: readonly string[] },
  lang: Lang,
): { state: ViewState; problems: StateProblem[] } {
  const problems: StateProblem[] = [];

  const asked = [...new Set(list(first(params.countries)).map((c) => c.toUpperCase()))];
  const countries = asked.filter((c) => {
    if (known.countries.includes(c)) return true;
    if (problems.length < 3) problems.push({ key: "unknownCountry", values: { value: echo(c) } });
    return false;
  });
  let chosen = countries;
  if (first(params.countries) !== undefined && countries.length < MIN_COUNTRIES) {
    problems.push({ key: "tooFewCountries", values: { min: MIN_COUNTRIES, max: MAX_COUNTRIES } });
    chosen = DEFAULT_COUNTRIES.filter((c) => known.countries.includes(c));
  } else if (countries.length > MAX_COUNTRIES) {
    problems.push({ key: "tooManyCountries", values: { min: MIN_COUNTRIES, max: MAX_COUNTRIES } });
    chosen = countries.slice(0, MAX_COUNTRIES);
  } else if (countries.length === 0) {
    chosen = DEFAULT_COUNTRIES.filter((c) => known.countries.includes(c));
  }

  const rawDims = first(params.dims);
  let dims: string[] | null = null;
  if (rawDims !== undefined && rawDims !== "") {
    dims = [...new Set(list(rawDims))].filter((d) => {
      if (known.dimensions.includes(d)) return true;
      if (problems.filter((p) => p.key === "unknownDimension").length < 3)
        problems.push({ key: "unknownDimension", values: { value: echo(d) } });
      return false;
    });
    if (dims.length === 0) dims = null;
  }

  let from = parseYear(first(params.from));
  let to = parseYear(first(params.to));
  if (from === undefined || to === undefined || (from !== null && to !== null && from > to)) {
    problems.push({
      key: "badYears",
      values: { from: echo(first(params.from) ?? ""), to: echo(first(params.to) ?? "") },
    });
    from = null;
    to = null;
  }

  const rawFocus = first(params.focus);
  let focus: string | null = null;
  if (rawFocus) {
    if (FOCUS.test(rawFocus)) focus = rawFocus;
    else problems.push({ key: "badFocus", values: { value: echo(rawFocus) } });
  }

  const view = first(params.view) === "table" ? "table" : "chart";
  const state: ViewState = { countries: chosen, dims, lang, view, from, to, focus };
  if (first(params.resolved) === "shown") state.resolved = true;
  Object.assign(state, parseDataset(params, problems));
  return { state, problems };
}

/** `version=N` pins the view to a published version; `preview=<id>` shows a request's changes. Not both. */
function parseDataset(params: SearchParams, problems: StateProblem[]): Partial<ViewState> {
  const out: Partial<ViewState> = {};
  const rawVersion = first(params.version)?.trim();
  if (rawVersion) {
    if (VERSION.test(rawVersion) && Number(rawVersion) >= 1) out.version = Number(rawVersion);
    else problems.push({ key: "badVersion", values: { value: echo(rawVersion) } });
  }
  const rawPreview = first(params.preview)?.trim();
  if (rawPreview) {
    if (!REQUEST_ID.test(rawPreview))
      problems.push({ key: "badPreview", values: { value: echo(rawPreview) } });
    else if (out.version) problems.push({ key: "versionAndPreview", values: {} });
    else out.preview = rawPreview.toLowerCase();
  }
  return out;
}

/**
 * The search string of a view state, in a fixed order. Countries and language are always
 * written, so a copied link reproduces the view whatever the reader's own settings.
 */
export function toSearch(state: ViewState, patch: Partial<ViewState> = {}): string {
  const s = { ...state, ...patch };
  const params = new URLSearchParams();
  params.set("countries", s.countries.join(","));
  if (s.dims) params.set("dims", s.dims.join(","));
  params.set("lang", s.lang);
  if (s.view === "table") params.set("view", "table");
  if (s.from !== null) params.set("from", String(s.from));
  if (s.to !== null) params.set("to", String(s.to));
  if (s.focus) params.set("focus", s.focus);
  if (s.version) params.set("version", String(s.version));
  else if (s.preview) params.set("preview", s.preview);
  if (s.resolved) params.set("resolved", "shown");
  // Commas and colons are safe in a query and keep links readable.
  return `?${params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":")}`;
}

export const viewHref = (path: string, state: ViewState, patch: Partial<ViewState> = {}) =>
  `${path}${toSearch(state, patch)}`;
