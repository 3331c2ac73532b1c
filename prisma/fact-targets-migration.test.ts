import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { targetKey } from "@/lib/annotations/target-keys";
import { factOf, type AnnotationTarget, type LegacyTarget } from "@/lib/annotations/targets";
import { getDb } from "@/lib/db/client";

// The migration that moved annotations onto facts (20261206090000_fact_targets), run on a database
// of the version before it: every earlier migration applied in a schema of its own, annotations of
// every first-version kind written there, then this migration's SQL. Each annotation's one target
// must become the row factOf (the same mapping, used for input) and targetKey give.
// All of it runs in one transaction that is rolled back: the test database keeps nothing.

const MIGRATIONS = path.join(import.meta.dirname, "migrations");
const FACT_TARGETS = "20261206090000_fact_targets";

/** A migration's statements, split as Prisma's schema engine splits them: on `;`. */
async function statements(name: string): Promise<string[]> {
  const sql = await readFile(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
  return sql
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.split("\n").some((line) => line.trim() && !line.trim().startsWith("--")));
}

const passage: AnnotationTarget = {
  kind: "source-passage",
  source: "cn-jp-comparison",
  selector: [
    { type: "TextQuoteSelector", exact: "智慧城市", prefix: "我国", suffix: "建设" },
    { type: "TextPositionSelector", start: 10, end: 14 },
  ],
};
/** Every kind the first version stored, each chart's point included. */
const legacy: (LegacyTarget | AnnotationTarget)[] = [
  { kind: "matrix-cell", country: "CN", dimension: "development-model" },
  { kind: "matrix-cell", country: "JP", dimension: "drivers" },
  { kind: "chart-point", chart: "radar", country: "JP", x: "ecosystem" },
  { kind: "chart-point", chart: "development-model", country: "CN", x: 4 },
  { kind: "chart-point", chart: "development-model", country: "JP", x: "bottom-up" },
  { kind: "chart-point", chart: "indicators", country: "CN", x: "cn-smart-city-projects" },
  { kind: "chart-point", chart: "actors", country: "JP", x: "jp-meti" },
  { kind: "chart-point", chart: "timeline", country: "CN", x: "cn-stage-1" },
  { kind: "chart-point", chart: "data-laws", country: "JP", x: "jp-data-utilization-act-2016" },
  { kind: "timeline-event", event: "cn-stage-2" },
  { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
  { kind: "chart-range", chart: "data-laws", country: "JP", from: 2012, to: 2014 },
  passage,
  { kind: "view", path: "/charts/radar" },
  { kind: "view", path: "/" },
];

/** The first version's key of a place (lib/annotations/target-keys.ts before the change). */
function legacyKey(t: LegacyTarget | AnnotationTarget): string {
  switch (t.kind) {
    case "matrix-cell":
      return `matrix-cell:${t.country}:${t.dimension}`;
    case "chart-point":
      return `chart-point:${t.chart}:${t.country}:${t.x}`;
    case "timeline-event":
      return `timeline-event:${t.event}`;
    default:
      return targetKey(t);
  }
}

const isLegacy = (t: LegacyTarget | AnnotationTarget): t is LegacyTarget =>
  t.kind === "matrix-cell" || t.kind === "chart-point" || t.kind === "timeline-event";

class RollBack extends Error {}

describe(`migration ${FACT_TARGETS}`, () => {
  it("turns every first-version target into its fact, and keeps ranges, passages and views", async () => {
    const earlier = (await readdir(MIGRATIONS, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && e.name < FACT_TARGETS)
      .map((e) => e.name)
      .sort();
    // Every migration before it (the first version's annotations and later ones) runs first.
    expect(earlier).toContain("20261206010000_annotation_resolved_by");
    const schema = `scc_migration_${Date.now().toString(36)}`;
    const ids = legacy.map((_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`);

    let moved: {
      annotationId: string;
      position: number;
      kind: string;
      key: string;
      target: unknown;
    }[] = [];
    let columns: string[] = [];
    let indexes: string[] = [];
    await getDb()
      .$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`CREATE SCHEMA "${schema}"`);
          // pg_trgm's operator classes live in public.
          await tx.$executeRawUnsafe(`SET LOCAL search_path TO "${schema}", public`);
          for (const name of earlier)
            for (const statement of await statements(name)) await tx.$executeRawUnsafe(statement);
          await tx.$executeRawUnsafe(
            `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt")
             VALUES ('u1', 'u1@example.com', 'U', 'analyst', now())`,
          );
          for (const [i, t] of legacy.entries())
            await tx.$executeRawUnsafe(
              `INSERT INTO "Annotation" ("id", "authorId", "parentId", "targetKind", "targetKey", "target", "body", "updatedAt")
               VALUES ($1::uuid, 'u1', $2::uuid, $3, $4, $5::jsonb, $6, now())`,
              ids[i],
              // One reply, whose thread's target it has.
              i === 1 ? ids[0] : null,
              t.kind,
              legacyKey(i === 1 ? legacy[0] : t),
              JSON.stringify(i === 1 ? legacy[0] : t),
              `note ${i}`,
            );
          for (const statement of await statements(FACT_TARGETS))
            await tx.$executeRawUnsafe(statement);
          moved = await tx.$queryRawUnsafe(
            `SELECT "annotationId"::text AS "annotationId", "position", "kind", "key", "target"
             FROM "AnnotationTargetRef" ORDER BY "annotationId"`,
          );
          columns = (
            await tx.$queryRawUnsafe<{ column_name: string }[]>(
              `SELECT column_name FROM information_schema.columns
               WHERE table_schema = $1 AND table_name = 'Annotation'`,
              schema,
            )
          ).map((c) => c.column_name);
          indexes = (
            await tx.$queryRawUnsafe<{ indexname: string }[]>(
              `SELECT indexname FROM pg_indexes WHERE schemaname = $1`,
              schema,
            )
          ).map((c) => c.indexname);
          throw new RollBack();
        },
        { timeout: 120_000, maxWait: 30_000 },
      )
      .catch((error) => {
        if (!(error instanceof RollBack)) throw error;
      });

    const expected = legacy.map((t, i) => {
      const stored = i === 1 ? legacy[0] : t;
      const fact = isLegacy(stored) ? factOf(stored) : stored;
      return {
        annotationId: ids[i],
        position: 0,
        kind: fact.kind,
        key: targetKey(fact),
        target: fact,
      };
    });
    expect(moved).toEqual(expected);
    // Spelled out, for the reader: the facts each first-version place became.
    expect(moved.map((m) => m.key)).toEqual([
      "assessment:development-model:CN",
      "assessment:development-model:CN",
      "assessment:ecosystem:JP",
      "assessment:development-model:CN",
      "assessment:development-model:JP",
      "observation:cn-smart-city-projects",
      "actor:jp-meti",
      "event:cn-stage-1",
      "event:jp-data-utilization-act-2016",
      "event:cn-stage-2",
      "chart-range:timeline:*:2008-2015",
      "chart-range:data-laws:JP:2012-2014",
      targetKey(passage),
      "view:/charts/radar",
      "view:/",
    ]);
    // Ranges, passages and views are stored as they were, selectors and all.
    expect(moved.slice(10).map((m) => m.target)).toEqual(legacy.slice(10));
    // The old columns and their index are gone.
    expect(columns).not.toContain("targetKind");
    expect(columns).not.toContain("targetKey");
    expect(columns).not.toContain("target");
    expect(indexes).not.toContain("Annotation_targetKey_idx");
    expect(indexes).toEqual(
      expect.arrayContaining([
        "AnnotationTargetRef_pkey",
        "AnnotationTargetRef_key_idx",
        "AnnotationTargetRef_annotationId_key_key",
      ]),
    );
    // Nothing of it stayed in the test database.
    const left = await getDb().$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM information_schema.schemata WHERE schema_name = $1`,
      schema,
    );
    expect(left).toEqual([]);
  });

  it("keeps no semicolon in a comment: Prisma's schema engine splits scripts on every one", async () => {
    const sql = await readFile(path.join(MIGRATIONS, FACT_TARGETS, "migration.sql"), "utf8");
    for (const line of sql.split("\n"))
      if (line.trim().startsWith("--")) expect(line, line).not.toContain(";");
  });
});
