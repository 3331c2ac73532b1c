// `npm start` (production server) and `npm run dev` (`--dev`: next dev with hot reload).
import { ensureClient } from "@/scripts/launcher/build";
import { exitWithError } from "@/scripts/launcher/errors";

// The Prisma client is generated first: the launcher imports it (a fresh clone has none yet).
try {
  await ensureClient();
  const { launch } = await import("@/scripts/launcher/launch");
  await launch(process.argv.includes("--dev") ? "dev" : "start");
} catch (error) {
  exitWithError(error);
}
