// `npm test`'s structure check (and `npm run check:structure`): no import cycles between files,
// and none between folders (lib/annotations ↔ lib/queries, say), read from the imports by madge.
import madge from "madge";
import path from "node:path";
import { projectRoot } from "@/scripts/db/tools";

const ROOTS = ["app", "components", "lib", "scripts", "prisma", "testing", "bench", "proxy.ts"];

/** The folder a file belongs to for this check: lib/<area>, components/<feature>, scripts/<part>, app, … */
export function folderOf(file: string): string {
  const parts = file.split("/");
  if (["lib", "components", "scripts"].includes(parts[0]) && parts.length > 2)
    return `${parts[0]}/${parts[1]}`;
  return parts.length > 1 ? parts[0] : file;
}

/** Groups of folders that import each other, directly or round a circle (Tarjan's strongly connected components). */
export function folderCycles(graph: Record<string, string[]>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [file, deps] of Object.entries(graph)) {
    const from = folderOf(file);
    for (const dep of deps) {
      const to = folderOf(dep);
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

async function main() {
  const result = await madge(
    ROOTS.map((r) => path.join(projectRoot, r)),
    {
      baseDir: projectRoot,
      fileExtensions: ["ts", "tsx", "mjs"],
      tsConfig: path.join(projectRoot, "tsconfig.json"),
      excludeRegExp: [/lib\/generated/, /node_modules/, /\.next/, /\.test\.tsx?$/],
    },
  );
  const files = result.circular();
  const folders = folderCycles(result.obj());
  for (const cycle of files) console.error(`import cycle: ${cycle.join(" → ")}`);
  for (const group of folders)
    console.error(`folders that import each other: ${group.join(" ↔ ")}`);
  if (files.length || folders.length) process.exit(1);
  console.log(
    `No import cycles between ${Object.keys(result.obj()).length} files or their folders.`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
