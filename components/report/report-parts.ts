import { chartImage } from "@/components/charts/chart-image";
import type { ChartTarget } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import { embeddedFontCss, imageSvg, shownText } from "@/lib/export/image/render";
import { cacheKey, perDataset } from "@/lib/export/per-dataset-cache";
import type { CurrentUser } from "@/lib/permissions";
import { CHART_KEYS, type ViewState } from "@/lib/view-state/state";
import { viewAnnotations } from "@/lib/views/annotations";
import { chooseAnnotations, type AnnotationChoice } from "@/lib/export/annotation-choice";

export const REPORT_PARTS: ChartTarget[] = ["matrix", ...CHART_KEYS];

/**
 * The printable report: the matrix and every chart as the exported SVG images (title, sources,
 * annotations legend), for the view's countries, filters and language. One font subset serves all
 * of them, so the page costs two subsetting passes, not fourteen. The images are kept per dataset
 * version and view (and day, and the exact annotations shown), so the same report again is cheap.
 */
export async function buildReport(
  user: CurrentUser,
  data: Dataset,
  state: ViewState,
  /** The annotations chosen to be drawn, or null for none. */
  choice: AnnotationChoice | null,
  now = new Date(),
) {
  const notes = await Promise.all(
    REPORT_PARTS.map(async (part) =>
      choice
        ? chooseAnnotations(
            (await viewAnnotations(user, part === "matrix" ? "/matrix" : `/charts/${part}`))
              .annotations,
            choice,
          )
        : null,
    ),
  );
  const shown = notes.map(
    (n) => n && [n.limit, n.items.map((a) => [a.id, a.version, a.updatedAt])],
  );
  const key = cacheKey([state, now.toISOString().slice(0, 10), shown]);
  return perDataset(data, `report:${key}`, () => draw(data, state, notes, now));
}

async function draw(
  data: Dataset,
  state: ViewState,
  notes: Parameters<typeof chartImage>[3][],
  now: Date,
) {
  const images = REPORT_PARTS.map((part, i) => ({
    part,
    image: chartImage(part, data, state, notes[i], now),
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
