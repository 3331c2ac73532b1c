import { viewScope } from "@/lib/annotations/scope";
import { NO_FILTERS, type ThreadFilters } from "@/lib/annotations/threads";
import { isChartKey } from "@/lib/view-state/state";
import { pick } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { translator } from "@/lib/i18n/translator";
import { canRestoreAnnotation, type CurrentUser } from "@/lib/permissions";
import { listThreads, threadFacets } from "@/lib/queries/annotation-threads";
import { liveCounts } from "./annotations";
import type { ViewState } from "@/lib/view-state/state";
import { panelItems, type PanelItem } from "./annotation-panel";
import type { TargetWords } from "./annotation-targets";

/** Threads per page of the annotations panel; older ones come with "Show more". */
export const THREADS_PER_PAGE = 30;

/** What the panel needs of a view: who reads it, which data and state, in which language. */
export interface PanelView {
  user: CurrentUser;
  data: Dataset;
  state: ViewState;
  lang: Lang;
  path: string;
}

export interface PanelPage {
  items: PanelItem[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

/** A view's name and the names of charts, for targets in words. */
export function panelWords(
  data: Dataset,
  lang: Lang,
): TargetWords & { view: (p: string) => string } {
  const t = translator(lang);
  const view = (p: string) => {
    const chart = p.match(/^\/charts\/(.+)$/)?.[1];
    if (chart && isChartKey(chart)) return t(`charts.titles.${chart}`);
    const source = data.sources.find((s) => p === `/sources/${s.key}`);
    if (source) return pick(lang, source.titleZh, source.titleEn);
    return p === "/matrix"
      ? t("common.nav.matrix")
      : p.startsWith("/sources")
        ? t("common.nav.sources")
        : t("common.nav.overview");
  };
  return {
    chart: (key: string) => (isChartKey(key) ? t(`charts.titles.${key}`) : key),
    view,
    wholeView: t("annotations.wholeView"),
  };
}

/** A thread cursor as text (`updatedAt~id`), and back; null when it is not one. */
export const cursorText = (c: { updatedAt: Date; id: string }) =>
  `${c.updatedAt.toISOString()}~${c.id}`;

/**
 * One page of the panel's threads, filtered and paged in the database, with each target in words
 * and a link to it: the same for the first page (server-rendered) and the next ones (fetched).
 */
export async function panelPage(
  v: PanelView,
  filters: ThreadFilters = NO_FILTERS,
  after: { updatedAt: Date; id: string } | null = null,
): Promise<PanelPage> {
  const { annotations, next } = await listThreads(v.user, {
    scope: viewScope(v.path, v.data),
    filters,
    includeDeleted: canRestoreAnnotation(v.user),
    limit: THREADS_PER_PAGE,
    after,
    resolved: v.state.resolved ?? false,
  });
  return {
    items: panelItems(annotations, v.user, v.data, v.state, v.lang, panelWords(v.data, v.lang)),
    next: next && cursorText(next),
  };
}

/** The panel's first page with its filter menus, and its totals with the last change they include. */
export async function panelStart(v: PanelView) {
  const [page, facets, { totals, since }] = await Promise.all([
    panelPage(v),
    threadFacets(v.user, viewScope(v.path, v.data)),
    liveCounts(v.user, v.path, v.state.resolved ?? false),
  ]);
  return { ...page, facets, totals, since, scope: viewScope(v.path, v.data) };
}
