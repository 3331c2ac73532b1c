import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGliteWireServer } from "./server";

// The scenario of ../shared/repro/pglite-interleave.mjs (electric-sql/pglite#1046) and its
// relatives, against our wire server: each connection's batch and transaction is one unit.

let db: PGlite;
let server: PGliteWireServer;
let url: string;
const logged: string[] = [];

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(
    `create table t(owner text, secret text); insert into t values ('alice','ALICE-SECRET'),('bob','BOB-SECRET')`,
  );
  server = new PGliteWireServer({
    db,
    password: "server-test-password",
    holdTimeoutMs: 400,
    log: (line) => logged.push(line),
  });
  url = `postgresql://postgres:server-test-password@${await server.start()}/postgres`;
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

async function connect(to = url) {
  const client = new pg.Client(to);
  client.on("error", () => {});
  await client.connect();
  return client;
}

/** Holds back everything `client` writes after its first Parse for `ms`, as a split TCP read would. */
function delayAfterParse(client: pg.Client, ms: number) {
  const stream = (
    client as unknown as {
      connection: { stream: NodeJS.WritableStream & { cork(): void; uncork(): void } };
    }
  ).connection.stream;
  const write = stream.write.bind(stream) as (chunk: Buffer) => boolean;
  stream.cork = () => {};
  stream.uncork = () => {};
  let armed = true;
  stream.write = ((chunk: Buffer) => {
    if (!armed || chunk[0] !== 0x50) return write(chunk);
    armed = false;
    write(chunk);
    const held: Buffer[] = [];
    stream.write = ((c: Buffer) => held.push(c) > 0) as typeof stream.write;
    setTimeout(() => {
      stream.write = write as typeof stream.write;
      held.forEach((c) => write(c));
    }, ms);
    return true;
  }) as typeof stream.write;
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * ../shared/repro/pglite-interleave.mjs: client A's Parse arrives alone and the rest of its query
 * 30 ms later; client B's whole query arrives in between. Counts the answers that were right.
 */
async function repro(to: string) {
  const outcome = { aCorrect: 0, bCorrect: 0 };
  for (let i = 0; i < 10; i++) {
    const [a, b] = [await connect(to), await connect(to)];
    delayAfterParse(a, 30);
    const pa = a.query("select secret from t where owner = $1", ["alice"]).catch(() => null);
    await later(10);
    const pb = b
      .query("select owner, secret from t where owner <> $1", ["alice"])
      .catch(() => null);
    const [ra, rb] = await Promise.all([pa, pb]);
    if (JSON.stringify(ra?.rows) === '[{"secret":"ALICE-SECRET"}]') outcome.aCorrect++;
    if (JSON.stringify(rb?.rows) === '[{"owner":"bob","secret":"BOB-SECRET"}]') outcome.bCorrect++;
    for (const c of [a, b])
      (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }
  return outcome;
}

describe("PGliteWireServer", () => {
  it("never answers one connection's query with another's parameters (the repro, 10 of 10)", async () => {
    expect(await repro(url)).toEqual({ aCorrect: 10, bCorrect: 10 });
  });

  it("(control) the same scenario on @electric-sql/pglite-socket 0.2.17 does mix them up", async () => {
    // A database of its own: the upstream server leaves the session in a state of its making.
    const other = await PGlite.create();
    await other.exec(
      `create table t(owner text, secret text); insert into t values ('alice','ALICE-SECRET'),('bob','BOB-SECRET')`,
    );
    const upstream = new PGLiteSocketServer({ db: other, port: 0, maxConnections: 4 });
    await upstream.start();
    const outcome = await repro(`postgresql://postgres@${upstream.getServerConn()}/postgres`);
    await Promise.race([upstream.stop(), later(2000)]);
    await other.close();
    expect(outcome.aCorrect).toBeLessThan(10);
  });

  it("keeps a message split into single bytes whole", async () => {
    const a = await connect();
    const others = await Promise.all(Array.from({ length: 5 }, () => connect()));
    const stream = (a as unknown as { connection: { stream: NodeJS.WritableStream } }).connection
      .stream;
    const write = stream.write.bind(stream) as (chunk: Buffer) => boolean;
    stream.write = ((chunk: Buffer) => {
      for (const byte of chunk) write(Buffer.from([byte]));
      return true;
    }) as typeof stream.write;
    const results = await Promise.all([
      a.query("select secret from t where owner = $1", ["alice"]),
      ...others.map((b) => b.query("select secret from t where owner = $1", ["bob"])),
    ]);
    expect(results.map((r) => r.rows[0].secret)).toEqual([
      "ALICE-SECRET",
      ...Array(5).fill("BOB-SECRET"),
    ]);
    await Promise.all([a, ...others].map((c) => c.end()));
  });

  it("pins a connection for its whole transaction: others neither see its uncommitted rows nor run inside it", async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query("begin");
    await a.query("insert into t values ('carol', 'CAROL-SECRET')");
    let bDone = false;
    const pb = b
      .query("select count(*)::int as n from t")
      .then((r) => ((bDone = true), r.rows[0].n));
    await later(100);
    expect(bDone).toBe(false); // waits: running now would put it inside a's transaction
    await a.query("rollback");
    expect(await pb).toBe(2);
    await Promise.all([a.end(), b.end()]);
  });

  it("gives each connection its own named prepared statements, and closes them when it leaves", async () => {
    const [a, b] = [await connect(), await connect()];
    const [ra, rb] = await Promise.all([
      a.query({ name: "s1", text: "select 'from a' as v" }),
      b.query({ name: "s1", text: "select 'from b' as v" }),
    ]);
    expect([ra.rows[0].v, rb.rows[0].v]).toEqual(["from a", "from b"]);
    expect((await a.query({ name: "s1", text: "select 'from a' as v" })).rows[0].v).toBe("from a");
    await a.end();
    await later(50);
    const { rows } = await b.query("select name from pg_prepared_statements order by name");
    expect(rows).toHaveLength(1); // b's; a's went with it
    expect(rows[0].name).toMatch(/^c\d+_s1$/);
    await b.end();
  });

  it("rolls back the transaction of a connection that disconnects, and lets the others go on", async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query("begin");
    await a.query("insert into t values ('mallory', 'X')");
    const pb = b.query("select count(*)::int as n from t");
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await pb).rows[0].n).toBe(2);
    await b.end();
  });

  it("ends a connection that holds the session and goes quiet, like idle_in_transaction_session_timeout", async () => {
    const [a, b] = [await connect(), await connect()];
    const ended = new Promise<Error>((resolve) => a.once("error", resolve));
    await a.query("begin");
    await a.query("insert into t values ('idle', 'X')");
    const started = Date.now();
    const { rows } = await b.query("select count(*)::int as n from t");
    expect(rows[0].n).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect((await ended).message).toMatch(/without sending anything/);
    await b.end();
  });

  it("runs many clients' interleaved transactions and queries without mixing them", async () => {
    await db.exec(
      "create table counter(owner text primary key, n int); insert into counter values ('a',0),('b',0),('c',0),('d',0)",
    );
    const owners = ["a", "b", "c", "d"];
    const clients = await Promise.all(owners.map(() => connect()));
    await Promise.all(
      clients.map(async (client, i) => {
        for (let k = 0; k < 25; k++) {
          await client.query("begin");
          const { rows } = await client.query("select n from counter where owner = $1", [
            owners[i],
          ]);
          await client.query("update counter set n = $2 where owner = $1", [
            owners[i],
            rows[0].n + 1,
          ]);
          await client.query("commit");
          const check = await client.query("select owner from counter where owner = $1", [
            owners[i],
          ]);
          expect(check.rows[0].owner).toBe(owners[i]);
        }
      }),
    );
    const { rows } = await clients[0].query("select owner, n from counter order by owner");
    expect(rows).toEqual(owners.map((owner) => ({ owner, n: 25 })));
    await Promise.all(clients.map((c) => c.end()));
    expect(logged).toEqual([]);
  });
});
