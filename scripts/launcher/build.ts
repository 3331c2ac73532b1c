import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateClient } from "@/scripts/db/migrate";
import { nextCli, projectRoot, runNode, toolEnv } from "@/scripts/db/tools";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "next.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);

async function listFiles(entry: string): Promise<string[]> {
  const full = path.join(projectRoot, entry);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!entries) return [entry];
  const nested = await Promise.all(
    entries.filter((e) => !SKIP.has(e.name)).map((e) => listFiles(path.join(entry, e.name))),
  );
  return nested.flat();
}

/** A hash of everything a production build depends on. */
export async function sourceHash(inputs = BUILD_INPUTS): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(inputs.map(listFiles))).flat().sort();
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(path.join(projectRoot, file)));
  }
  return hash.digest("hex");
}

const clientStamp = path.join(projectRoot, "lib", "generated", "prisma", ".schema-hash");
const buildStamp = path.join(projectRoot, ".next", "source-hash");

/** Generates the Prisma client when it is missing or the schema changed. */
export async function ensureClient(): Promise<boolean> {
  const wanted = await sourceHash(["prisma/schema.prisma", "package-lock.json"]);
  if ((await readFile(clientStamp, "utf8").catch(() => "")) === wanted) return false;
  await generateClient();
  await writeFile(clientStamp, wanted);
  return true;
}

export class BuildError extends Error {}

/** Runs `next build` unless the last build was made from the same sources. */
export async function ensureBuilt({ log = console.log } = {}): Promise<boolean> {
  await ensureClient();
  const wanted = await sourceHash();
  const built = existsSync(path.join(projectRoot, ".next", "BUILD_ID"))
    ? await readFile(buildStamp, "utf8").catch(() => "")
    : "";
  if (built === wanted) return false;
  log("Building the app (first start, or the sources changed); this takes a minute or two…");
  const { code, output } = await runNode(nextCli, ["build"], {
    quiet: true,
    env: toolEnv({ NODE_ENV: "production" }),
  });
  if (code !== 0) throw new BuildError(`next build failed:\n${output.trim()}`);
  await writeFile(buildStamp, wanted);
  return true;
}
