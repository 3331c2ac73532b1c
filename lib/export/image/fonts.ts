import { createRequire } from "node:module";
import path from "node:path";
import { inWorker } from "@/lib/workers/pool";

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

/** Where the whole font (about 10 MB) is. */
export function fontPath(weight: Weight): string {
  const dir = path.dirname(fromApp().resolve(/* turbopackIgnore: true */ FONT_PACKAGE));
  return path.join(/* turbopackIgnore: true */ dir, FILES[weight]);
}

/** The characters to keep of the font for `text`: digits and some punctuation are always in, as labels are made after the text is collected. */
export const fontCharacters = (text: string) => `${text} 0123456789.,:;%()[]–—-+·×≈>#*/`;

/**
 * The font cut down to the characters of one image (a few kB to a few dozen kB instead of 10 MB):
 * WOFF2 to embed in an SVG, so Chinese renders on any machine; TrueType for the rasteriser.
 */
export async function fontSubset(
  weight: Weight,
  text: string,
  format: "woff2" | "truetype",
): Promise<Buffer> {
  const characters = fontCharacters(text);
  // In a worker thread: harfbuzz cuts a 10 MB font in a blocking call of a tenth of a second or more.
  const subset = await inWorker("subsetFont", { file: fontPath(weight), characters, format });
  return Buffer.from(subset.buffer, subset.byteOffset, subset.byteLength);
}
