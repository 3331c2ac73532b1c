import { randomBytes } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runTool } from "./cli";
import { generateAnnotations, generateDataset, SCALE_100, type AnnotationRow } from "./generate";
import type { Server } from "./server";
import { createAnalyst } from "./session";

// Loads the 100× data into the running server: the dataset through the normal import path
// (`npm run data:import`, which attaches to the running app's database), then the annotations,
// written in bulk straight into the database (through the API they would take most of an hour).

const AUTHORS = 10;
const BATCH = 1_000;

/** The URL of the server's database: DATABASE_URL, or the embedded one from its lock file. */
async function databaseUrl(server: Server): Promise<string> {
  if (server.env.DATABASE_URL) return server.env.DATABASE_URL;
  const lock = JSON.parse(await readFile(path.join(server.env.DATA_DIR!, "pglite.lock"), "utf8"));
  return (lock as { url: string }).url;
}

async function insertAnnotations(client: pg.Client, rows: AnnotationRow[]) {
  const columns = ["id", '"authorId"', '"parentId"', "body", "tags", "status", '"updatedAt"'];
  const refColumns = ['"annotationId"', "position", "kind", "key", "target"];
  const tuples = (count: number, width: number) =>
    Array.from(
      { length: count },
      (_, i) => `(${Array.from({ length: width }, (_, c) => `$${i * width + c + 1}`).join(", ")})`,
    ).join(", ");
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    await client.query(
      `INSERT INTO "Annotation" (${columns.join(", ")}) VALUES ${tuples(batch.length, columns.length)}`,
      batch.flatMap((r) => [r.id, r.authorId, r.parentId, r.body, r.tags, r.status, new Date()]),
    );
    await client.query(
      `INSERT INTO "AnnotationTargetRef" (${refColumns.join(", ")}) VALUES ${tuples(batch.length, refColumns.length)}`,
      batch.flatMap((r) => [r.id, 0, r.targetKind, r.targetKey, JSON.stringify(r.target)]),
    );
  }
}

/** Replaces the server's dataset with the 100× one and adds its annotations; returns their counts. */
export async function loadScale100(server: Server, log: (line: string) => void) {
  const data = generateDataset();
  const file = path.join(os.tmpdir(), `scc_bench_${randomBytes(4).toString("hex")}.json`);
  await writeFile(file, JSON.stringify(data));
  try {
    const started = performance.now();
    await runTool(server.env, "dataset.ts", ["import", file]);
    log(`  dataset imported in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    await rm(file, { force: true });
  }
  const emails = Array.from({ length: AUTHORS }, (_, i) => `bench-author-${i + 1}@example.com`);
  for (const email of emails)
    await createAnalyst(server.env, email, randomBytes(18).toString("hex"));
  const client = new pg.Client({ connectionString: await databaseUrl(server) });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "User" WHERE email = ANY($1::text[])`,
      [emails],
    );
    const started = performance.now();
    const annotations = generateAnnotations(
      data,
      SCALE_100.annotations,
      rows.map((r) => r.id),
    );
    await insertAnnotations(client, annotations);
    log(
      `  ${annotations.length.toLocaleString("en")} annotations written in ${Math.round((performance.now() - started) / 1000)} s`,
    );
  } finally {
    await client.end();
  }
  return {
    countries: data.countries.length,
    dimensions: data.dimensions.length,
    events: data.timeline.length,
    observations: data.observations.length,
    annotations: SCALE_100.annotations,
  };
}
