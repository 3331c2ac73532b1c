import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { projectRoot, TSX } from "@/scripts/db/tools";
import { datasetVersion, readDataset } from "@/lib/queries/dataset";
import { seedDatabase, seedDatasetPath } from "@/prisma/seed";
import { serializeDataset } from "@/lib/dataset/canonical";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { importDataset } from "./dataset-import";

function datasetCli(args: string[]) {
  const result = spawnSync(process.execPath, [...TSX, "scripts/dataset.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("dataset import and export", () => {
  beforeEach(async () => {
    await seedDatabase();
  });

  it("exports the seeded dataset byte-identical to prisma/seed/dataset.json", async () => {
    const exported = serializeDataset(await readDataset());
    expect(exported).toBe(await readFile(seedDatasetPath, "utf8"));
  });

  it("round-trips export → import → export byte-identically through the CLI", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "scc-roundtrip-"));
    const first = path.join(dir, "first.json");
    const second = path.join(dir, "second.json");
    expect(datasetCli(["export", first]).status).toBe(0);
    const imported = datasetCli(["import", first]);
    expect(imported.output).toContain(`Imported ${first}`);
    expect(datasetCli(["export", second]).status).toBe(0);
    expect(await readFile(second, "utf8")).toBe(await readFile(first, "utf8"));
  }, 240_000); // three CLI runs, each starting tsx and Prisma: slow on a loaded 2-core machine

  it("replaces the dataset with another one, and back", async () => {
    await importDataset(tinyDataset());
    expect(serializeDataset(await readDataset())).toBe(serializeDataset(tinyDataset()));
    expect(await getDb().country.count()).toBe(1);
    await seedDatabase();
    expect(await getDb().country.count()).toBe(7);
  });

  it("rejects a malformed file with its first problems and JSON paths, changing nothing", async () => {
    const before = {
      version: await datasetVersion(),
      export: serializeDataset(await readDataset()),
    };
    const broken = tinyDataset() as unknown as Record<string, unknown> &
      ReturnType<typeof tinyDataset>;
    broken.assessments[0].citations[0] = {
      ...broken.assessments[0].citations[0],
      quote: "不在文中",
    } as (typeof broken.assessments)[0]["citations"][0];
    delete (broken.countries[0] as Partial<(typeof broken.countries)[0]>).nameEn;
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "scc-bad-")), "bad.json");
    await writeFile(file, JSON.stringify(broken));

    const result = datasetCli(["import", file]);
    expect(result.status).toBe(1);
    expect(result.output).toContain("was not imported; nothing was changed");
    expect(result.output).toContain("$.countries[0].nameEn");
    expect(await datasetVersion()).toBe(before.version);
    expect(serializeDataset(await readDataset())).toBe(before.export);
  });

  it("names a file that is not JSON", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "scc-bad-")), "bad.json");
    await writeFile(file, "{ not json");
    const result = datasetCli(["import", file]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/bad\.json is not valid JSON/);
  });

  it("rolls back everything when a write fails half-way", async () => {
    const before = {
      version: await datasetVersion(),
      export: serializeDataset(await readDataset()),
    };
    const data = tinyDataset();
    // Bypasses validation on purpose: the country does not exist, so the observation insert fails late.
    data.observations[0].country = "ZZ";
    await expect(importDataset(data)).rejects.toThrow();
    expect(await datasetVersion()).toBe(before.version);
    expect(serializeDataset(await readDataset())).toBe(before.export);
  });
});
