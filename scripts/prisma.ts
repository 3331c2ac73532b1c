// `npm run prisma -- ARGS`: the Prisma CLI on DATABASE_URL, or on the embedded database in DATA_DIR.
import { parseEnv } from "@/lib/config/env";
import { prismaCli, runNode, toolEnv } from "@/scripts/db/tools";
import { ensureClient } from "@/scripts/launcher/build";
import { openToolDatabase } from "@/scripts/launcher/database";
import { exitWithError } from "@/scripts/launcher/errors";

async function main() {
  const args = process.argv.slice(2);
  const env = parseEnv();
  if (args[0] !== "generate") await ensureClient();
  const db = await openToolDatabase(env);
  try {
    const { code } = await runNode(prismaCli, args, { env: toolEnv({ DATABASE_URL: db.url }) });
    process.exitCode = code;
  } finally {
    await db.stop();
  }
}

main().catch(exitWithError);
