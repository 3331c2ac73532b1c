// For tests, a stand-in for `npm start` on the embedded database: holds DATA_DIR (the first
// argument), applies the migrations as the app does, prints "ready", and closes on SIGTERM.
import { startEmbeddedDatabase } from "@/scripts/db/embedded";
import { applyMigrations } from "@/scripts/db/migrate";

const db = await startEmbeddedDatabase({ dataDir: process.argv[2] });
process.on("SIGTERM", () => void db.stop().then(() => process.exit(0)));
await applyMigrations(db.url);
console.log("ready");
