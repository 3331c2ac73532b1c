import madge from "madge";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  clientMessages,
  SECTION_NAMESPACES,
  SHELL_NAMESPACES,
  type Section,
} from "./client-messages";
import { MESSAGES } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ENTRIES = /^app\/.*\/?(page|layout|error|not-found|loading)\.tsx$/;

/** The namespaces named by the hook in one file, or "?" for a call that names none. */
const hooksIn = (file: string) =>
  [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/useTranslations\(([^)]*)\)/g)].map(
    (m) => (/^"[\w.]+"$/.test(m[1].trim()) ? m[1].trim().slice(1, -1) : "?"),
  );

/** The section of an app file: its first path segment that is not a route group. */
const sectionOf = (file: string) => {
  const first = file
    .split("/")
    .slice(1, -1)
    .find((s) => !s.startsWith("("));
  const section = `/${first}`;
  return section in SECTION_NAMESPACES ? (section as Section) : undefined;
};

let graph: Record<string, string[]> = {};
beforeAll(async () => {
  const result = await madge(
    ["app", "components", "lib"].map((r) => path.join(ROOT, r)),
    {
      baseDir: ROOT,
      fileExtensions: ["ts", "tsx"],
      tsConfig: path.join(ROOT, "tsconfig.json"),
      excludeRegExp: [/lib\/generated/, /node_modules/, /\.next/, /\.test\.tsx?$/],
    },
  );
  graph = result.obj();
}, 60_000);

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...(graph[file] ?? []));
  }
  return seen;
}

describe("the messages sent to the browser", () => {
  it("cover every namespace a page's code asks for, on every page", () => {
    const entries = Object.keys(graph).filter((f) => ENTRIES.test(f));
    expect(entries.length).toBeGreaterThan(20);
    const missing: string[] = [];
    let hooks = 0;
    for (const entry of entries) {
      const section = sectionOf(entry);
      const sent = [...SHELL_NAMESPACES, ...(section ? SECTION_NAMESPACES[section] : [])];
      for (const file of closure(entry))
        for (const ns of hooksIn(file)) {
          hooks++;
          if (!sent.some((n) => ns === n || ns.startsWith(`${n}.`)))
            missing.push(`${entry} → ${file}: ${ns}`);
        }
    }
    expect(hooks).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("holds those namespaces complete, in both languages, and much less than the whole catalogue", () => {
    for (const lang of ["zh", "en"] as const) {
      const shell = clientMessages(lang) as Record<string, Record<string, unknown>>;
      expect(shell.annotations).toEqual(MESSAGES[lang].annotations);
      expect(shell.common.export).toEqual(MESSAGES[lang].common.export);
      expect(shell.common.meta).toBeUndefined();
      expect(shell.editing).toBeUndefined();
      expect(JSON.stringify(shell).length).toBeLessThan(
        0.5 * JSON.stringify(MESSAGES[lang]).length,
      );
      const sources = clientMessages(lang, "/sources") as Record<string, Record<string, unknown>>;
      expect(sources.editing).toEqual(MESSAGES[lang].editing);
      expect(sources.sources.kinds).toEqual(MESSAGES[lang].sources.kinds);
      expect(sources.annotations).toEqual(MESSAGES[lang].annotations);
    }
  });
});
