import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
const db = await PGlite.create("/tmp/pgl-test");
const server = new PGLiteSocketServer({ db, port: 55499, host: "127.0.0.1", maxConnections: 8 });
await server.start(); console.log("up");
process.on("SIGTERM", async () => { await server.stop(); await db.close(); process.exit(0); });
