import { parseViewState, type SearchParams, type ViewState } from "@/lib/view-state/state";
import { loadSeedDataset } from "@/prisma/seed";

// For view-model tests: the seed dataset, and a view state read from search parameters as a page would.

export const seedData = await loadSeedDataset();
const known = {
  countries: seedData.countries.map((c) => c.key),
  dimensions: seedData.dimensions.map((d) => d.key),
};

export const viewStateOf = (params: SearchParams = {}, lang: "zh" | "en" = "zh") =>
  parseViewState(params, known, lang).state;

/** China and Japan in English, as a page reads `?countries=CN,JP&lang=en`, with `patch` on top. */
export const cnJpView = (patch: Partial<ViewState> = {}): ViewState => ({
  ...viewStateOf({ countries: "CN,JP" }, "en"),
  ...patch,
});
