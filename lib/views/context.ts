import { requireUser } from "@/lib/auth/require-user";
import { requestLang } from "@/lib/i18n/request";
import { latestChangeId } from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { parseViewState, type SearchParams } from "@/lib/view-state/state";

/**
 * What every dashboard page starts from: the signed-in user, the language, the dataset snapshot
 * (cached per dataset version) and the view state read from the URL.
 */
export async function loadView(path: string, searchParams: Promise<SearchParams>) {
  const params = await searchParams;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    for (const v of [value ?? []].flat()) query.append(key, v);
  const user = await requireUser(query.size ? `${path}?${query}` : path);
  // The last annotation change, read before anything the page shows: the live stream resumes after it.
  const [lang, data, since] = await Promise.all([
    requestLang(),
    getDatasetSnapshot(),
    latestChangeId(),
  ]);
  const known = {
    countries: data.countries.map((c) => c.key),
    dimensions: data.dimensions.map((d) => d.key),
  };
  const { state, problems } = parseViewState(params, known, lang);
  return { user, lang, data, state, problems, path, since: String(since) };
}

export type ViewContext = Awaited<ReturnType<typeof loadView>>;
