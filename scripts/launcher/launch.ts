import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseEnv } from "@/lib/config/env";
import { applyMigrations } from "@/scripts/db/migrate";
import { nextCli, projectRoot, toolEnv } from "@/scripts/db/tools";
import { ensureFirstUser } from "@/lib/auth/first-user";
import { withDatabase } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";
import { ensureBuilt } from "./build";
import { openDatabase } from "./database";
import { resolveAuthSecret } from "./secret";
import { assertPortFree, waitForHttp } from "./port";

/**
 * `npm start` and `npm run dev`: validate the environment, open the database (embedded PGlite
 * unless DATABASE_URL is set), apply migrations, load the dataset, then run Next.js as a child
 * process until Ctrl-C, and close the embedded database cleanly after it.
 */
export async function launch(mode: "start" | "dev") {
  const env = parseEnv();
  await assertPortFree(env.PORT, env.HOST);

  // Configuration and the database are checked before a build that may take minutes.
  const db = await openDatabase(env);
  let stopping = false;
  let authSecret: string;
  try {
    authSecret = await resolveAuthSecret({
      secret: env.NEXTAUTH_SECRET,
      embedded: db.embedded,
      dataDir: env.DATA_DIR,
    });
    if (mode === "start") await ensureBuilt();
    console.log(`Database: ${db.label}`);
    await applyMigrations(db.url);
    await withDatabase(db.url, async () => {
      if (await seedDatabase({ onlyIfEmpty: true })) console.log("Loaded the comparison dataset.");
      const admin = await ensureFirstUser(env.ADMIN_EMAIL);
      if (admin) {
        console.log("\nNo users yet: created an administrator. Sign in with (shown once):");
        console.log(`  email:    ${admin.email}\n  password: ${admin.password}`);
        console.log("Add users with `npm run user:create`.\n");
      }
    });
  } catch (error) {
    await db.stop();
    throw error;
  }

  const args =
    mode === "start"
      ? ["start", "-p", String(env.PORT), "-H", env.HOST]
      : ["dev", "-p", String(env.PORT), "-H", env.HOST];
  // The preload appends each request's socket address to X-Forwarded-For (see the file).
  const forwardedFor = pathToFileURL(path.join(projectRoot, "scripts/launcher/forwarded-for.mjs"));
  const child = spawn(process.execPath, ["--import", forwardedFor.href, nextCli, ...args], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "inherit"],
    env: toolEnv({
      DATABASE_URL: db.url,
      DATABASE_POOL_MAX: db.embedded ? "4" : process.env.DATABASE_POOL_MAX,
      NEXTAUTH_SECRET: authSecret,
      // The embedded database's connection multiplexer does not deliver NOTIFY; one instance needs none.
      SCC_EMBEDDED_DB: db.embedded ? "1" : undefined,
      // next-auth needs the public URL; without NEXTAUTH_URL it trusts the Host header (fine on a
      // laptop; behind a proxy, set NEXTAUTH_URL to the address users type).
      AUTH_TRUST_HOST: process.env.NEXTAUTH_URL ? undefined : "true",
    }),
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    // Next prints its own banner; we print the URL once the app answers.
    if (process.env.DEBUG || mode === "dev") process.stdout.write(chunk);
  });

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping (${signal})…`);
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    // Next.js waits for open keep-alive connections; do not let a browser tab hold the shutdown.
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) {
        console.log("Next.js did not stop within 10 s; ending it.");
        child.kill("SIGKILL");
      }
    }, 10_000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  child.on("exit", async (code) => {
    await db.stop();
    if (db.embedded) console.log("Embedded database closed cleanly.");
    process.exit(stopping ? 0 : (code ?? 1));
  });

  const url = `http://localhost:${env.PORT}`;
  if (await waitForHttp(`http://127.0.0.1:${env.PORT}/api/health`, 120_000)) {
    console.log(`Smart City Compare is running at ${url}  (Ctrl-C to stop)`);
  } else if (!stopping) {
    console.error(`Error: the app did not answer on ${url} within two minutes.`);
    await shutdown("SIGTERM");
  }
}
