import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { Dataset } from "@/lib/dataset/schema";
import { translator } from "@/lib/i18n/translator";
import type { AnnotationView } from "@/lib/annotations/types";
import type { ViewState } from "@/lib/view-state/state";
import type { ExportTarget } from "../request";
import { countriesLine, imageContent } from "./content";
import { FONT_FAMILY, fontSubset } from "./fonts";
import { frame, type FrameWords } from "./frame";
import { NO_NOTES, numberNotes } from "./notes";

export const SCALES = [1, 2, 4] as const;
export type Scale = (typeof SCALES)[number];

/** Every character an SVG shows (text and title), to cut the font down to. */
export const shownText = (svg: string) =>
  [...svg.matchAll(/<(?:text|title)[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&(amp|lt|gt|quot|#39);/g, (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" })[e]!)).join("");

/** The image as SVG: call it with the @font-face CSS to embed (or "" to rasterise) and a pixel scale. */
export function compose(chart: ExportTarget, data: Dataset, state: ViewState, annotations: AnnotationView[] | null, now: Date) {
  const t = translator(state.lang);
  const notes = annotations ? numberNotes(annotations, chart) : NO_NOTES;
  const content = imageContent(chart, data, state, notes);
  const sep = t("common.separator");
  const words: FrameWords = {
    title: content.title,
    countries: countriesLine(data, state),
    sourcesLine: t("common.evidence.sourcesLine", { sources: content.sources.join(sep) }),
    caveats: content.notes,
    credit: t("common.export.credit", { product: t("common.product"), date: now.toISOString().slice(0, 10) }),
    legendTitle: t("common.export.legendTitle"),
    moreNotes: notes.more > 0 ? t("common.export.moreNotes", { count: notes.more }) : null,
  };
  return (fontCss: string, scale = 1) => frame(content.body, words, annotations ? notes : null, fontCss, scale);
}

/**
 * A chart or the matrix as a self-contained SVG: the text is real text, and a subset of Noto Sans
 * SC (regular and bold, WOFF2) is embedded, so Chinese renders the same on any machine.
 */
export async function renderSvg(chart: ExportTarget, data: Dataset, state: ViewState, annotations: AnnotationView[] | null, now = new Date()): Promise<string> {
  const draw = compose(chart, data, state, annotations, now);
  return draw(await embeddedFontCss(shownText(draw(""))));
}

/** @font-face rules embedding Noto Sans SC, regular and bold, cut down to `characters`. */
export async function embeddedFontCss(characters: string): Promise<string> {
  const [regular, bold] = await Promise.all([fontSubset("regular", characters, "woff2"), fontSubset("bold", characters, "woff2")]);
  const face = (font: Buffer, weight: number) => `@font-face{font-family:"${FONT_FAMILY}";font-weight:${weight};src:url(data:font/woff2;base64,${font.toString("base64")}) format("woff2");}`;
  return face(regular, 400) + face(bold, 700);
}

/** The same image as PNG at 1×, 2× or 4× (1200 px wide at 1×), rasterised with resvg and the same font. */
export async function renderPng(chart: ExportTarget, data: Dataset, state: ViewState, annotations: AnnotationView[] | null, scale: Scale, now = new Date()): Promise<Buffer> {
  // The pixel size is the SVG's own (its viewBox stays), so the drawing is the same at every scale.
  const svg = compose(chart, data, state, annotations, now)("", scale);
  const characters = shownText(svg);
  const fonts = await Promise.all([fontSubset("regular", characters, "truetype"), fontSubset("bold", characters, "truetype")]);
  // Font files, not buffers: with buffers resvg-js 2.6 also loads the system's fonts, and the
  // output would depend on the machine. No system fonts here, so every machine draws the same.
  const dir = await mkdtemp(path.join(os.tmpdir(), "scc-font-"));
  try {
    const files = await Promise.all(fonts.map(async (font, i) => {
      const file = path.join(dir, `${i}.ttf`);
      await writeFile(file, font);
      return file;
    }));
    const resvg = new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" }, background: "#ffffff" });
    return resvg.render().asPng();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

