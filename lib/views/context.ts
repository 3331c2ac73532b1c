import { requireUser } from "@/lib/auth/require-user";
import type { CurrentUser } from "@/lib/permissions";
import type { Lang } from "@/lib/i18n/lang";
import type { Dataset } from "@/lib/dataset/schema";
import { requestLang } from "@/lib/i18n/request";
import { latestChangeId } from "@/lib/queries/annotations";
import { reviewMarks, type ReviewMark } from "@/lib/queries/history";
import { getSnapshot } from "@/lib/queries/snapshot";
import { parseViewState, type SearchParams } from "@/lib/view-state/state";
import { viewDataset } from "@/lib/views/versions/dataset";

const knownOf = (data: Dataset) => ({
  countries: data.countries.map((c) => c.key),
  dimensions: data.dimensions.map((d) => d.key),
});

/**
 * What every dashboard page starts from: the signed-in user, the language, the dataset (the
 * published snapshot, cached per version; a pinned version; or a change request's preview), the
 * reviewed marks of the published facts, and the view state read from the URL.
 */
export async function loadView(path: string, searchParams: Promise<SearchParams>) {
  const params = await searchParams;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    for (const v of [value ?? []].flat()) query.append(key, v);
  const user = await requireUser(query.size ? `${path}?${query}` : path);
  // The last annotation change, read before anything the page shows: the live stream resumes after it.
  const [lang, since] = await Promise.all([requestLang(), latestChangeId()]);
  return { ...(await viewFor(user, lang, path, params)), since: String(since) };
}

/** The same for a user already known (an API route), in a language already chosen. */
export async function viewFor(user: CurrentUser, lang: Lang, path: string, params: SearchParams) {
  const published = await getSnapshot();
  let { state, problems } = parseViewState(params, knownOf(published.data), lang);
  const shown = await viewDataset(user, lang, state, published);
  // An older version or a preview may name other countries and dimensions: read the URL against it.
  if (shown.data !== published.data)
    ({ state, problems } = parseViewState(params, knownOf(shown.data), lang));
  state = { ...state, ...shown.drop };
  const reviewed: Record<string, ReviewMark> =
    shown.mode.kind === "published" ? await reviewMarks() : {};
  return {
    user,
    lang,
    data: shown.data,
    dataset: shown.mode,
    reviewed,
    state,
    problems: [...problems, ...shown.problems],
    path,
  };
}

export type ViewContext = Awaited<ReturnType<typeof loadView>>;
