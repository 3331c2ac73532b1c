// Dataset commands on DATABASE_URL, or on the embedded database in DATA_DIR:
//   npm run db:seed                   load prisma/seed/dataset.json (upsert by stable keys)
//   npm run data:export -- FILE       write the dataset in canonical form
//   npm run data:import -- FILE       validate FILE completely, then apply it in one transaction
import { readFile, writeFile } from "node:fs/promises";
import { ensureClient } from "@/scripts/launcher/build";
import { withMigratedDatabase } from "@/scripts/launcher/cli-database";
import { exitWithError } from "@/scripts/launcher/errors";

const [command, file] = process.argv.slice(2);
const usage = "Usage: npm run db:seed | npm run data:export -- FILE | npm run data:import -- FILE";

async function readJson(path: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

async function main() {
  if (!["seed", "export", "import"].includes(command) || (command !== "seed" && !file)) {
    console.error(usage);
    process.exit(2);
  }
  await ensureClient();
  const { validateDataset } = await import("@/lib/dataset/validate");
  // Validate before touching the database: a bad file changes nothing.
  let input: unknown;
  if (command === "import") {
    const result = validateDataset(await readJson(file));
    if (!result.ok) {
      const shown = result.problems.slice(0, 20);
      console.error(
        `${file} was not imported; nothing was changed. ${result.problems.length} problem(s):`,
      );
      for (const p of shown) console.error(`  ${p.path}: ${p.message}`);
      if (result.problems.length > shown.length)
        console.error(`  … and ${result.problems.length - shown.length} more`);
      process.exit(1);
    }
    input = result.data;
  }
  const { seedDatabase } = await import("@/prisma/seed");
  const { importDataset } = await import("@/lib/queries/dataset-import");
  const { serializeDataset } = await import("@/lib/dataset/canonical");
  const { readDataset } = await import("@/lib/queries/dataset");
  await withMigratedDatabase(async () => {
    if (command === "seed") {
      await seedDatabase();
      console.log("Loaded prisma/seed/dataset.json.");
    } else if (command === "import") {
      await importDataset(input as Parameters<typeof importDataset>[0]);
      console.log(`Imported ${file}.`);
    } else {
      await writeFile(file, serializeDataset(await readDataset()));
      console.log(`Wrote ${file}.`);
    }
  });
}

main().catch(exitWithError);
