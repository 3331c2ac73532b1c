import "server-only";
import type { Dataset } from "@/lib/dataset/schema";
import { recordAudit } from "./audit";
import { commitVersion } from "./versions";

/**
 * `npm run data:import` and the seed: replaces the dataset with `data` as a new dataset version,
 * with a history entry for every fact it adds, changes or retires. Returns the version, or null
 * when `data` equals the published dataset (nothing to record).
 */
export async function importDataset(
  data: Dataset,
  options: { summary?: string; byId?: string | null } = {},
): Promise<number | null> {
  return commitVersion({
    kind: "import",
    summary: options.summary ?? "import",
    createdById: options.byId ?? null,
    next: () => data,
    skipIfSame: true,
    then: (tx, version) =>
      recordAudit(
        {
          action: "dataset-imported",
          actorId: options.byId ?? null,
          detail: { version, summary: options.summary ?? "import" },
        },
        tx,
      ),
  });
}
