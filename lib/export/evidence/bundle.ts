import { strToU8, zipSync } from "fflate";
import { chartPath, type ChartModel, type ChartTarget } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import { viewHref, type ViewState } from "@/lib/view-state/state";
import { tableCsv } from "@/lib/export/csv";
import { evidenceReadme } from "./readme";
import { evidenceCsv, evidenceRows } from "./rows";

export interface BundleInput {
  chart: ChartTarget;
  /** The view's model, as the chart's CSV and image use it. */
  model: Pick<ChartModel<unknown>, "title" | "caveats" | "table">;
  data: Dataset;
  state: ViewState;
  version: number;
  /** The public origin (lib/api/public-origin.ts), for the permalink and the passages' links. */
  origin: string;
  /** The file name without extension, as the other exports are named. */
  name: string;
  now: Date;
}

/** The view's page, pinned to the exported dataset version, as an absolute link. */
export const viewPermalink = (
  chart: ChartTarget,
  state: ViewState,
  version: number,
  origin: string,
) =>
  `${origin}${viewHref(chartPath(chart), state, {
    version,
    preview: null,
    view: "chart",
    focus: null,
  })}`;

/**
 * A view's "data and evidence" zip, after Our World in Data's downloads: the data CSV (the same
 * file as export.csv), the evidence CSV (every quote behind it) and a README.md in the view's language.
 */
export function evidenceBundle(input: BundleInput): { zip: Uint8Array; files: string[] } {
  const { chart, data, state, version, origin } = input;
  const rows = evidenceRows(chart, data, state, version, origin);
  const files = { data: `${input.name}.csv`, evidence: `${input.name}-evidence.csv` };
  const readme = evidenceReadme({
    chart,
    title: input.model.title,
    caveats: input.model.caveats,
    data,
    state,
    version,
    permalink: viewPermalink(chart, state, version, origin),
    files,
    rows,
    now: input.now,
  });
  const entries = {
    [files.data]: strToU8(
      tableCsv(input.model.table, {
        label: translator(state.lang)("common.export.versionColumn"),
        number: version,
      }),
    ),
    [files.evidence]: strToU8(evidenceCsv(rows)),
    "README.md": strToU8(readme),
  };
  return {
    zip: zipSync(entries, { mtime: input.now, level: 6 }),
    files: Object.keys(entries),
  };
}
