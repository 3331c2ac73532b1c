import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";

// Resolved at run time from the app's folder, with a specifier the bundler cannot follow: bundled,
// `require.resolve` of a literal becomes a module id, and a .ttf is no module.
const FONT_PACKAGE = ["@expo-google-fonts", "noto-sans-sc", "package.json"].join("/");
const fromApp = () => createRequire(path.join(process.cwd(), "package.json"));

/** The family name exported images use; the font is Noto Sans SC (SIL Open Font License), from npm. */
export const FONT_FAMILY = "SCC Noto Sans SC";
const FILES = {
  regular: "400Regular/NotoSansSC_400Regular.ttf",
  bold: "700Bold/NotoSansSC_700Bold.ttf",
} as const;
export type Weight = keyof typeof FILES;

const loaded = new Map<Weight, Promise<Buffer>>();
/** The whole font (about 10 MB), read once per process. */
export function fontFile(weight: Weight): Promise<Buffer> {
  let file = loaded.get(weight);
  if (!file) {
    const dir = path.dirname(fromApp().resolve(/* turbopackIgnore: true */ FONT_PACKAGE));
    file = readFile(path.join(/* turbopackIgnore: true */ dir, FILES[weight]));
    loaded.set(weight, file);
  }
  return file;
}

/**
 * The font cut down to the characters of one image (a few kB to a few dozen kB instead of 10 MB):
 * WOFF2 to embed in an SVG, so Chinese renders on any machine; TrueType for the rasteriser.
 */
export async function fontSubset(
  weight: Weight,
  text: string,
  format: "woff2" | "truetype",
): Promise<Buffer> {
  // Digits, Latin letters and punctuation are always in: labels are generated after the text is collected.
  const characters = `${text} 0123456789.,:;%()[]–—-+·×≈>#*/`;
  return subsetFont(await fontFile(weight), characters, { targetFormat: format });
}
