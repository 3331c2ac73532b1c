import { chartImage } from "@/components/charts/chart-image";
import { chartPath, type ChartTarget } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import { embeddedFontCss, imageSvg, shownText } from "@/lib/export/image/render";
import { cacheKey, perDataset } from "@/lib/export/per-dataset-cache";
import type { CurrentUser } from "@/lib/permissions";
import { CHART_KEYS, type ViewState } from "@/lib/view-state/state";
import { chosenAnnotations } from "@/lib/views/annotations";
import type { AnnotationChoice, ChosenAnnotations } from "@/lib/export/annotation-choice";

/** The charts of the report, as images; the matrix is printed as a table with full summaries. */
export const REPORT_CHARTS: ChartTarget[] = [...CHART_KEYS];

/** The annotations chosen for one part of the report, or null when annotations are off. */
export async function chosenNotes(
  user: CurrentUser,
  part: ChartTarget,
  choice: AnnotationChoice | null,
): Promise<ChosenAnnotations | null> {
  if (!choice) return null;
  return chosenAnnotations(user, chartPath(part), choice);
}

/**
 * The report's charts as the exported SVG images (title, sources, labelled marks, annotations
 * legend), for the view's countries, filters and language. One font subset serves all of them,
 * so the page costs two subsetting passes, not twelve. The images are kept per dataset version
 * and view (and day, and the exact annotations shown), so the same report again is cheap.
 */
export async function buildReport(
  user: CurrentUser,
  data: Dataset,
  state: ViewState,
  /** The annotations chosen to be drawn, or null for none. */
  choice: AnnotationChoice | null,
  version: number | undefined,
  now = new Date(),
) {
  const notes = await Promise.all(REPORT_CHARTS.map((part) => chosenNotes(user, part, choice)));
  // What the legends print: the threads (and their authors' names), and how many more matched.
  const shown = notes.map(
    (n) =>
      n && [n.limit, n.total, n.items.map((a) => [a.id, a.version, a.updatedAt, a.author.name])],
  );
  const key = cacheKey([state, version ?? null, now.toISOString().slice(0, 10), shown]);
  return perDataset(data, `report:${key}`, () => draw(data, state, notes, version, now));
}

async function draw(
  data: Dataset,
  state: ViewState,
  notes: (ChosenAnnotations | null)[],
  version: number | undefined,
  now: Date,
) {
  const images = REPORT_CHARTS.map((part, i) => ({
    part,
    image: chartImage(part, data, state, notes[i], now, version),
  }));
  const css = await embeddedFontCss(
    images.map(({ image }) => shownText(imageSvg(image, ""))).join(""),
  );
  return images.map(({ part, image }) => ({
    part,
    title: image.words.title,
    src: `data:image/svg+xml;base64,${Buffer.from(imageSvg(image, css)).toString("base64")}`,
  }));
}
