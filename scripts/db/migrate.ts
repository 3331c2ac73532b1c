import { prismaCli, runNode, toolEnv } from "./tools";

export class MigrationError extends Error {}

/**
 * The environment for the Prisma CLI on `databaseUrl`. The CLI hands the URL to the schema engine
 * on its command line (`--datasource {"url":…}`), which every local user can read (ps,
 * /proc/PID/cmdline): the password goes in PGPASSWORD instead, which node-postgres reads when the
 * URL has none, and which only the owner can see.
 */
export function prismaEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  if (!password) return toolEnv({ DATABASE_URL: databaseUrl });
  url.password = "";
  return toolEnv({ DATABASE_URL: url.toString(), PGPASSWORD: password });
}

/** Applies pending migrations from prisma/migrations with `prisma migrate deploy` (schema engine in WebAssembly). */
export async function applyMigrations(databaseUrl: string, { quiet = true } = {}): Promise<void> {
  const { code, output } = await runNode(prismaCli, ["migrate", "deploy"], {
    env: prismaEnv(databaseUrl),
    quiet,
  });
  if (code !== 0) {
    const reason = output
      .split("\n")
      .map((line) => line.trim())
      .filter(
        (line) => line && !line.startsWith("npm warn") && !line.startsWith("Loaded Prisma config"),
      )
      .slice(-6)
      .join(" ");
    throw new MigrationError(`Applying database migrations failed: ${reason}`);
  }
}

/** Generates the Prisma client into lib/generated/prisma. */
export async function generateClient(): Promise<void> {
  const { code, output } = await runNode(prismaCli, ["generate"], { quiet: true });
  if (code !== 0) throw new MigrationError(`prisma generate failed: ${output.trim()}`);
}
