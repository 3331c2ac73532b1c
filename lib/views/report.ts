import { compose, embeddedFontCss, shownText } from "@/lib/export/image/render";
import type { ExportTarget } from "@/lib/export/request";
import type { CurrentUser } from "@/lib/permissions";
import type { Dataset } from "@/lib/dataset/schema";
import { CHART_KEYS, type ViewState } from "@/lib/view-state/state";
import { viewAnnotations } from "./annotations";

export const REPORT_PARTS: ExportTarget[] = ["matrix", ...CHART_KEYS];

/**
 * The printable report: the matrix and every chart as the exported SVG images (title, sources,
 * annotations legend), for the view's countries, filters and language. One font subset serves all
 * of them, so the page costs two subsetting passes, not fourteen.
 */
export async function buildReport(user: CurrentUser, data: Dataset, state: ViewState, withNotes: boolean, now = new Date()) {
  const draws = await Promise.all(
    REPORT_PARTS.map(async (part) => {
      const notes = withNotes ? (await viewAnnotations(user, part === "matrix" ? "/matrix" : `/charts/${part}`)).annotations : null;
      return { part, draw: compose(part, data, state, notes, now) };
    }),
  );
  const css = await embeddedFontCss(draws.map(({ draw }) => shownText(draw(""))).join(""));
  return draws.map(({ part, draw }) => {
    const svg = draw(css);
    return { part, title: svg.match(/<title>([^<]*)<\/title>/)?.[1] ?? part, src: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
  });
}
