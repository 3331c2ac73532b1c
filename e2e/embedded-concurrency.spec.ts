import pg from "pg";
import { expect, test } from "@playwright/test";
import { startEmbeddedDatabase } from "@/scripts/db/embedded";
import { runConcurrentLoad, type LoadUser } from "./support/concurrent-load";
import { freshDataDir, runScript, startEmbeddedApp } from "./support/embedded-app";

// The default `npm start` mode with a team on it: 24 clients of 4 users for 20 s, on a freshly
// started embedded database. One PGlite session serves every connection, so this is where one
// user's query could run with another's parameters.

const USERS = 4;
const CLIENTS_PER_USER = 6;
const DURATION_MS = 20_000;

test("24 concurrent clients of 4 users on the embedded database never read or write as each other", async () => {
  test.setTimeout(360_000);
  const data = await freshDataDir();
  try {
    const users: LoadUser[] = [];
    for (let i = 0; i < USERS; i++) {
      const email = `load-${i}@example.com`;
      runScript(data.dir, "scripts/users.ts", [
        "create",
        "--email",
        email,
        "--name",
        `Load ${i}`,
        "--role",
        "analyst",
        "--password",
        "load-password-not-secret",
      ]);
      const token = runScript(data.dir, "scripts/users.ts", ["token", "--email", email])
        .trim()
        .split("\n")
        .pop()!;
      users.push({ name: `Load ${i}`, token, tag: `user${i}tag` });
    }

    const app = await startEmbeddedApp(data.dir);
    const tally = await runConcurrentLoad(app.url, users, CLIENTS_PER_USER, DURATION_MS);
    const log = app.output();
    expect(await app.stop()).toBe(0);
    const { created, samples, ...counts } = tally;
    console.log(
      `embedded concurrency: ${JSON.stringify({ ...counts, notesCreated: created.size })}`,
    );
    if (samples.length) console.log(samples.join("\n"));

    // The database itself: every note the API acknowledged is stored under the user who wrote it.
    const db = await startEmbeddedDatabase({ dataDir: data.dir });
    const client = new pg.Client(db.url);
    await client.connect();
    const { rows } = await client.query<{ id: string; name: string }>(
      `SELECT a.id, u.name FROM "Annotation" a JOIN "User" u ON u.id = a."authorId"`,
    );
    await client.end();
    await db.stop();
    const stored = new Map(rows.map((r) => [r.id, r.name]));
    const misattributed = [...created].filter(([id, author]) => stored.get(id) !== author);

    expect(counts.requests, "the load ran").toBeGreaterThan(200);
    expect({ ...counts, misattributed: misattributed.length, samples }).toMatchObject({
      wrongAuthors: 0,
      foreignReads: 0,
      serverErrors: 0,
      unexpected4xx: 0,
      networkErrors: 0,
      misattributed: 0,
    });
    // Nobody's row (bcrypt hash included) reaches the log, and no protocol mix-up was logged.
    expect(log).not.toMatch(/\$2[aby]\$\d\d\$/);
    expect(log).not.toMatch(/prepared statement|portal "" does not exist|bind message supplies/);
  } finally {
    await data.remove();
  }
});
