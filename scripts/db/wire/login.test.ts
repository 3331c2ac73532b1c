import { execFile, spawnSync } from "node:child_process";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { serialize } from "pg-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGliteWireServer } from "./server";

const PASSWORD = "Lw7-correct-password_9c";
let db: PGlite;
let server: PGliteWireServer;
let address: string;
const urlWith = (password?: string) =>
  `postgresql://${password === undefined ? "postgres" : `postgres:${encodeURIComponent(password)}`}@${address}/postgres`;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`create table secret(value text); insert into secret values ('TOP-SECRET')`);
  server = new PGliteWireServer({ db, password: PASSWORD, loginTimeoutMs: 300 });
  address = await server.start();
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

async function connectError(url: string): Promise<Error & { code?: string }> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  const error = await client.connect().then(
    () => null,
    (e: Error) => e,
  );
  await client.end().catch(() => {});
  if (!error) throw new Error("the connection was accepted");
  return error;
}

/** Writes raw bytes on a new socket and collects everything the server sends until it closes. */
function raw(...messages: Buffer[]): Promise<Buffer> {
  const [host, port] = address.split(":");
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), host);
    const received: Buffer[] = [];
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(received)));
    socket.on("connect", () => messages.forEach((m) => socket.write(m)));
    setTimeout(() => socket.destroy(), 3000);
  });
}

describe("the wire server's password (SCRAM-SHA-256)", () => {
  it("lets in a client that gives the right password", async () => {
    const client = new pg.Client({ connectionString: urlWith(PASSWORD) });
    await client.connect();
    try {
      expect((await client.query("select value from secret")).rows).toEqual([
        { value: "TOP-SECRET" },
      ]);
    } finally {
      await client.end();
    }
  });

  it("refuses a wrong password with 28P01, as PostgreSQL does", async () => {
    const error = await connectError(urlWith("wrong-password"));
    expect(error.code).toBe("28P01");
    expect(error.message).toBe('password authentication failed for user "postgres"');
  });

  it("refuses a client without a password", async () => {
    const error = await connectError(urlWith());
    expect(error.message).toMatch(/password/);
  });

  it("answers nothing of the database to a client that skips the password", async () => {
    // The start-up message, then straight to a query, as a client would to a server that trusts.
    const reply = await raw(
      serialize.startup({ user: "postgres", database: "postgres" }),
      serialize.query("select value from secret"),
    );
    expect(reply[0]).toBe("R".charCodeAt(0)); // AuthenticationSASL …
    expect(reply.readInt32BE(5)).toBe(10);
    expect(reply.toString("latin1")).toContain("SCRAM-SHA-256");
    expect(reply.toString("latin1")).toContain("08P01"); // … then a protocol violation, and the end
    expect(reply.toString("latin1")).not.toContain("TOP-SECRET");
    expect(reply.toString("latin1")).not.toContain("server_version"); // PGlite never saw the start-up
  });

  it("closes a connection that does not log in within the login timeout", async () => {
    const started = Date.now();
    const reply = await raw(serialize.startup({ user: "postgres", database: "postgres" }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(reply.readInt32BE(5)).toBe(10); // asked for the password, got none
  });

  it.skipIf(spawnSync("psql", ["--version"]).status !== 0)(
    "speaks SCRAM as libpq (psql) does",
    async () => {
      const [host, port] = address.split(":");
      const args = ["-h", host, "-p", port, "-U", "postgres", "-w", "-At", "-c", "select 42"];
      // Not spawnSync: the server answers on this process's event loop.
      const run = (password: string) =>
        new Promise<string>((resolve) => {
          const env = { ...process.env, PGPASSWORD: password, PGSSLMODE: "disable" };
          execFile("psql", [...args, "postgres"], { env, timeout: 10_000 }, (_, out, err) =>
            resolve(`${out}${err}`.trim()),
          );
        });
      expect(await run(PASSWORD)).toBe("42");
      expect(await run("wrong-password")).toContain("password authentication failed");
    },
  );

  it("refuses to start without a password", () => {
    expect(() => new PGliteWireServer({ db, password: "" })).toThrow(/needs a password/);
  });
});
