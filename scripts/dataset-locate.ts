// `npm run data:locate -- FILE`: an authoring aid. Fills in each source's text where it is "@file"
// (from prisma/seed/sources/), and the start/end offsets of every quote (the occurrence nearest an
// existing `start`, else the first), then validates and rewrites FILE in canonical form.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serializeDataset } from "@/lib/dataset/canonical";
import { validateDataset } from "@/lib/dataset/validate";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run data:locate -- FILE");
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, "utf8"));
const texts = new Map<string, string>();
for (const source of data.sources ?? []) {
  if (source.text === "@file")
    source.text = readFileSync(path.join("prisma/seed/sources", source.file), "utf8");
  texts.set(source.key, source.text);
}

const missing: string[] = [];
function visit(node: unknown, where: string) {
  if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${where}[${i}]`));
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (
    record.kind === "source" &&
    typeof record.quote === "string" &&
    typeof record.source === "string"
  ) {
    const text = texts.get(record.source) ?? "";
    const quote = record.quote;
    const hits: number[] = [];
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) hits.push(at);
    if (hits.length === 0) missing.push(`${where}: quote not found in ${record.source}: ${quote}`);
    else {
      const hint = typeof record.start === "number" ? record.start : 0;
      const best = hits.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
      record.start = best;
      record.end = best + quote.length;
    }
  }
  for (const [key, value] of Object.entries(record)) visit(value, `${where}.${key}`);
}
visit(data, "$");
if (missing.length) {
  console.error(missing.join("\n"));
  process.exit(1);
}
const result = validateDataset(data);
if (!result.ok) {
  console.error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  process.exit(1);
}
writeFileSync(file, serializeDataset(result.data));
console.log(`${file}: valid; offsets filled; written in canonical form.`);
