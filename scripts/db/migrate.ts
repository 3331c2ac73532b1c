import { prismaCli, runNode, toolEnv } from "./tools";

export class MigrationError extends Error {}

/** Applies pending migrations from prisma/migrations with `prisma migrate deploy` (schema engine in WebAssembly). */
export async function applyMigrations(databaseUrl: string, { quiet = true } = {}): Promise<void> {
  const { code, output } = await runNode(prismaCli, ["migrate", "deploy"], {
    env: toolEnv({ DATABASE_URL: databaseUrl }),
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
