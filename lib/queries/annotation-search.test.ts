import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/permissions";
import { seedDatabase } from "@/prisma/seed";
import { listAnnotations } from "./annotation-lists";

// The annotation text search (`q`) at 100,000 annotations: a case-insensitive LIKE with its
// wildcards escaped, answered from the pg_trgm index, for Chinese as for Latin words.

const COUNT = 100_000;
const stamp = `s${Date.now().toString(36)}`;
const chinese = `智慧城市试点${stamp}`;
const latin = `Pilot${stamp}`;
let user: CurrentUser;

/** The plan PostgreSQL chooses for the list's search, as listAnnotations asks it. */
async function plan(pattern: string) {
  const rows = await getDb().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT "id" FROM "Annotation"
      WHERE ("visibility" = 'team' OR "authorId" = $1) AND "deletedAt" IS NULL
        AND "body" ILIKE $2
      ORDER BY "updatedAt" DESC, "id" DESC LIMIT 51`,
    user.id,
    pattern,
  );
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

describe("annotation text search at 100k annotations", () => {
  beforeAll(async () => {
    await seedDatabase();
    const { user: created } = await createUser({
      email: `search-${stamp}@example.com`,
      name: "search analyst",
      role: "analyst",
    });
    user = { ...created, role: "analyst" } as CurrentUser;
    // One note in 25,000 holds the rare words; the rest are varied text.
    await getDb().$executeRawUnsafe(
      `WITH made AS (
         INSERT INTO "Annotation" ("id", "authorId", "body", "tags", "updatedAt")
         SELECT gen_random_uuid(), $1,
                'note ' || g || ' ' || md5(g::text) ||
                CASE WHEN g % 25000 = 0 THEN ' ' || $2 || ' ' || $3 ELSE ' 数据治理 ' || (g % 97) END,
                ARRAY[$4], now() - g * interval '1 second'
         FROM generate_series(1, ${COUNT}) AS g
         RETURNING "id"
       )
       INSERT INTO "AnnotationTargetRef" ("annotationId", "position", "kind", "key", "target")
       SELECT "id", 0, 'view', 'view:/matrix', '{"kind":"view","path":"/matrix"}'::jsonb FROM made`,
      user.id,
      chinese,
      latin,
      stamp,
    );
    await getDb().$executeRawUnsafe(`ANALYZE "Annotation"`);
  });

  afterAll(async () => {
    await getDb().annotation.deleteMany({ where: { tags: { has: stamp } } });
  });

  it("finds rare Chinese and Latin words, in any case, through the trigram index", async () => {
    for (const q of [chinese, latin.toUpperCase(), latin.slice(2)]) {
      const { annotations } = await listAnnotations(user, { q, limit: 50 });
      expect(annotations, q).toHaveLength(COUNT / 25000);
    }
    for (const word of [chinese, latin])
      expect(await plan(`%${word}%`)).toContain("Annotation_body_idx");
  });

  it("takes % and _ as the characters they are", async () => {
    // Among this test's notes only (other test files share the database and may write a "%").
    const mine = { authorId: user.id, limit: 5 };
    expect((await listAnnotations(user, { ...mine, q: "%" })).annotations).toHaveLength(0);
    expect(
      (await listAnnotations(user, { ...mine, q: `${stamp.slice(0, 2)}_` })).annotations,
    ).toHaveLength(0);
  });
});
