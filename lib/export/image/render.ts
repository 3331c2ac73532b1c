import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { createElement } from "react";
import { svgMarkup } from "@/lib/charts/svg-markup";
import { FONT_FAMILY, fontSubset } from "./fonts";
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
  const characters = shownText(svg);
  const fonts = await Promise.all([
    fontSubset("regular", characters, "truetype"),
    fontSubset("bold", characters, "truetype"),
  ]);
  // Font files, not buffers: with buffers resvg-js 2.6 also loads the system's fonts, and the
  // output would depend on the machine. No system fonts here, so every machine draws the same.
  const dir = await mkdtemp(path.join(os.tmpdir(), "scc-font-"));
  try {
    const files = await Promise.all(
      fonts.map(async (font, i) => {
        const file = path.join(dir, `${i}.ttf`);
        await writeFile(file, font);
        return file;
      }),
    );
    // On libuv's thread pool, not the event loop: a 4× image takes about a second to draw, and
    // meanwhile every other request (and /api/health) is still answered.
    const rendered = await renderAsync(svg, {
      font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" },
      background: "#ffffff",
    });
    return rendered.asPng();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
