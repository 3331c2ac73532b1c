import { chartImage } from "@/components/charts/chart-image";
import type { ChartTarget } from "@/lib/charts/types";
import type { Dataset } from "@/lib/dataset/schema";
import { embeddedFontCss, imageSvg, shownText } from "@/lib/export/image/render";
import type { CurrentUser } from "@/lib/permissions";
import { CHART_KEYS, type ViewState } from "@/lib/view-state/state";
import { viewAnnotations } from "@/lib/views/annotations";

export const REPORT_PARTS: ChartTarget[] = ["matrix", ...CHART_KEYS];

/**
 * The printable report: the matrix and every chart as the exported SVG images (title, sources,
 * annotations legend), for the view's countries, filters and language. One font subset serves all
 * of them, so the page costs two subsetting passes, not fourteen.
 */
export async function buildReport(
  user: CurrentUser,
  data: Dataset,
  state: ViewState,
  withNotes: boolean,
  now = new Date(),
) {
  const images = await Promise.all(
    REPORT_PARTS.map(async (part) => {
      const notes = withNotes
        ? (await viewAnnotations(user, part === "matrix" ? "/matrix" : `/charts/${part}`))
            .annotations
        : null;
      return { part, image: chartImage(part, data, state, notes, now) };
    }),
  );
  const css = await embeddedFontCss(
    images.map(({ image }) => shownText(imageSvg(image, ""))).join(""),
  );
  return images.map(({ part, image }) => ({
    part,
    title: image.words.title,
    src: `data:image/svg+xml;base64,${Buffer.from(imageSvg(image, css)).toString("base64")}`,
  }));
}
