import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every user-visible string is in messages/{zh,en}: no Chinese, Japanese or fullwidth text in the
// code. The dataset and the source documents are content, and tests may quote them.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = [
  "app",
  "components",
  "lib",
  "scripts",
  "prisma",
  "testing",
  "e2e",
  "proxy.ts",
  "next.config.ts",
];
const EXEMPT = [
  /\.test\.tsx?$/,
  /^e2e\//,
  /^testing\/fixtures\//,
  /^prisma\/seed\//,
  /^lib\/generated\//,
];
/** CJK ideographs and extensions, kana, CJK punctuation, fullwidth forms. */
const CJK = /[\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

async function sourceFiles(entry: string): Promise<string[]> {
  const full = path.join(ROOT, entry);
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!entries) return /\.(m?tsx?|mjs)$/.test(entry) ? [entry] : [];
  const nested = await Promise.all(
    entries
      .filter((e) => e.name !== "node_modules")
      .map((e) => sourceFiles(path.join(entry, e.name))),
  );
  return nested.flat();
}

describe("the message catalog", () => {
  it("holds every CJK string: none is in the code", async () => {
    const files = (await Promise.all(SCANNED.map(sourceFiles)))
      .flat()
      .filter((f) => !EXEMPT.some((re) => re.test(f)));
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      const lines = (await readFile(path.join(ROOT, file), "utf8")).split("\n");
      lines.forEach((line, i) => {
        if (CJK.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 80)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
