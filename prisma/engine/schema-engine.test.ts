import pg from "pg";
import { describe, expect, it } from "vitest";
import { prismaCli, runNode, schemaEngine, toolEnv } from "@/scripts/db/tools";
import { findFreePort } from "@/scripts/launcher/port";

const prisma = (args: string[], databaseUrl = process.env.DATABASE_URL!) =>
  runNode(prismaCli, args, { quiet: true, env: toolEnv({ DATABASE_URL: databaseUrl }) });

describe("the WebAssembly schema engine behind the Prisma CLI", () => {
  it("finds the migrated test database up to date", async () => {
    const { code, output } = await prisma(["migrate", "status"]);
    expect(output).toContain("Database schema is up to date");
    expect(code).toBe(0);
  });

  it("finds no drift between prisma/migrations and schema.prisma (uses a shadow database)", async () => {
    const { code, output } = await prisma([
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    ]);
    expect(output).toContain("No difference detected");
    expect(code).toBe(0);
    if (process.env.SCC_TEST_DB_KIND === "server") {
      // The temporary shadow database is dropped before the engine answers.
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const { rows } = await client.query(
        "select datname from pg_database where datname like 'prisma_migrate_shadow_db_%'",
      );
      await client.end();
      expect(rows).toEqual([]);
    }
  });

  it("prints the SQL that creates the schema", async () => {
    const { code, output } = await prisma([
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema",
      "prisma/schema.prisma",
      "--script",
    ]);
    expect(code).toBe(0);
    expect(output).toContain('CREATE TABLE "Country"');
  });

  it("answers the CLI's connection check with its exit code", async () => {
    const ok = await runNode(
      schemaEngine,
      [
        "--datasource",
        JSON.stringify({ url: process.env.DATABASE_URL }),
        "cli",
        "can-connect-to-database",
      ],
      { quiet: true },
    );
    expect(ok.code).toBe(0);
    const dead = `postgresql://postgres@127.0.0.1:${await findFreePort()}/none`;
    const failed = await runNode(
      schemaEngine,
      ["--datasource", JSON.stringify({ url: dead }), "cli", "can-connect-to-database"],
      { quiet: true },
    );
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('"error_code":"P1001"');
  });
});
