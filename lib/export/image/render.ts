import { createElement } from "react";
import { svgMarkup } from "@/lib/charts/svg-markup";
import { inWorker } from "@/lib/workers/pool";
import { FONT_FAMILY, fontCharacters, fontPath, fontSubset } from "./fonts";
import { ImageFrame, type ExportImage } from "./frame";

export const SCALES = [1, 2, 4] as const;
export type Scale = (typeof SCALES)[number];

/** The image as SVG markup, with the @font-face CSS to embed (or "" to rasterise) and a pixel scale. */
export const imageSvg = (image: ExportImage, fontCss: string, scale = 1) =>
  svgMarkup(createElement(ImageFrame, { image, fontCss, scale }));

/** Every character an SVG shows (text and title), to cut the font down to. */
export const shownText = (svg: string) =>
  [...svg.matchAll(/<(?:text|title)[^>]*>([^<]*)</g)]
    .map((m) =>
      m[1].replace(
        /&(amp|lt|gt|quot|#39);/g,
        (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" })[e]!,
      ),
    )
    .join("");

/** @font-face rules embedding Noto Sans SC, regular and bold, cut down to `characters`. */
export async function embeddedFontCss(characters: string): Promise<string> {
  const [regular, bold] = await Promise.all([
    fontSubset("regular", characters, "woff2"),
    fontSubset("bold", characters, "woff2"),
  ]);
  const face = (font: Buffer, weight: number) =>
    `@font-face{font-family:"${FONT_FAMILY}";font-weight:${weight};src:url(data:font/woff2;base64,${font.toString("base64")}) format("woff2");}`;
  return face(regular, 400) + face(bold, 700);
}

/**
 * A chart or the matrix as a self-contained SVG: the text is real text, and a subset of Noto Sans
 * SC (regular and bold, WOFF2) is embedded, so Chinese renders the same on any machine.
 */
export async function renderSvg(image: ExportImage): Promise<string> {
  return imageSvg(image, await embeddedFontCss(shownText(imageSvg(image, ""))));
}

/** The same image as PNG at 1×, 2× or 4× (1200 px wide at 1×), rasterised with resvg and the same font. */
export async function renderPng(image: ExportImage, scale: Scale): Promise<Buffer> {
  // The pixel size is the SVG's own (its viewBox stays), so the drawing is the same at every scale.
  const svg = imageSvg(image, "", scale);
  // In a worker thread: a 4× image takes about a second to cut the fonts, draw and encode, and
  // meanwhile every other request (and /api/health) is still answered.
  const png = await inWorker("png", {
    svg,
    fontFiles: [fontPath("regular"), fontPath("bold")],
    characters: fontCharacters(shownText(svg)),
    family: "Noto Sans SC",
    background: "#ffffff",
  });
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}
