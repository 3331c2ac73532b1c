import "server-only";
import type { Dataset } from "@/lib/dataset/schema";
import { AppError } from "@/lib/errors/app-error";
import type { Lang } from "@/lib/i18n/lang";
import { canSeeChangeRequests, type CurrentUser } from "@/lib/permissions";
import { previewDataset } from "@/lib/queries/change-requests";
import { findVersion, readDatasetAt } from "@/lib/queries/versions";
import type { StateProblem, ViewState } from "@/lib/view-state/state";
import type { DatasetMode } from "./mode";

interface Shown {
  data: Dataset;
  mode: DatasetMode;
  /** What the URL asked for that could not be shown; the state then drops it, so links do too. */
  problems: StateProblem[];
  drop: Partial<ViewState>;
}

/**
 * The dataset a view asked for (`version=N` or `preview=<id>`), or the published one with a
 * notice when it cannot be shown: an unknown version, a request the reader may not see, or one
 * whose changes no longer apply.
 */
export async function viewDataset(
  user: CurrentUser,
  lang: Lang,
  state: ViewState,
  published: { version: number; data: Dataset },
): Promise<Shown> {
  const live: Shown = {
    data: published.data,
    mode: { kind: "published", version: published.version },
    problems: [],
    drop: {},
  };
  const latest = published.version;
  if (state.version) {
    const version = state.version;
    const data = version <= latest ? await readDatasetAt(version) : null;
    if (!data)
      return {
        ...live,
        problems: [{ key: "noSuchVersion", values: { version, latest } }],
        drop: { version: null },
      };
    const info = await findVersion(version);
    return {
      ...live,
      data,
      mode: { kind: "pinned", version, latest, publishedAt: info?.createdAt ?? null },
    };
  }
  if (state.preview) {
    const hidden = {
      ...live,
      problems: [{ key: "previewHidden", values: {} }] as StateProblem[],
      drop: { preview: null },
    };
    if (!canSeeChangeRequests(user)) return hidden;
    let preview: Awaited<ReturnType<typeof previewDataset>>;
    try {
      preview = await previewDataset(user, state.preview, lang);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return hidden;
      throw error;
    }
    if (!preview) return { ...hidden, problems: [{ key: "previewStale", values: {} }] };
    return {
      ...live,
      data: preview.data,
      mode: { kind: "preview", id: preview.id, title: preview.title, latest },
    };
  }
  return live;
}
