// `npm start` (production server) and `npm run dev` (`--dev`: next dev with hot reload).
import { ensureClient } from "@/lib/server/build";
import { exitWithError } from "@/lib/server/errors";

// The Prisma client is generated first: the launcher imports it (a fresh clone has none yet).
try {
  await ensureClient();
  const { launch } = await import("@/lib/server/launch");
  await launch(process.argv.includes("--dev") ? "dev" : "start");
} catch (error) {
  exitWithError(error);
}
