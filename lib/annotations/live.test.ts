import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  ACCESS_CHANGED,
  announce,
  ANNOTATION_CHANNEL,
  announceAccessChange,
  subscribe,
} from "./live";

const received = (expected: bigint) =>
  new Promise<bigint>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`change ${expected} did not arrive`)), 5000);
    void subscribe((id) => {
      if (id === expected) {
        clearTimeout(timer);
        resolve(id);
      }
    });
  });

describe("the live feed", () => {
  it("delivers a change announced in this process once", async () => {
    const seen: (bigint | null)[] = [];
    const stop = await subscribe((id) => seen.push(id));
    announce(BigInt(900001));
    announce(BigInt(900001));
    stop();
    announce(BigInt(900002));
    expect(seen).toEqual([BigInt(900001)]);
  });

  // Another app instance on the same PostgreSQL server: only NOTIFY carries its change here.
  // (PGlite's connection multiplexer does not deliver NOTIFY; the embedded mode runs one instance.)
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "delivers a change NOTIFY'd by another connection",
    async () => {
      const arrival = received(BigInt(900003));
      await new Promise((r) => setTimeout(r, 200));
      const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await other.connect();
      await other.query(`SELECT pg_notify($1, $2)`, [ANNOTATION_CHANNEL, "900003"]);
      await other.end();
      expect(await arrival).toBe(BigInt(900003));
    },
  );

  it("tells every listener when someone's access changed, here and from another connection", async () => {
    const seen: (bigint | null)[] = [];
    const stop = await subscribe((id) => seen.push(id));
    announceAccessChange();
    expect(seen).toEqual([null]);
    if (process.env.TEST_DATABASE_URL) {
      await new Promise((r) => setTimeout(r, 200));
      const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await other.connect();
      await other.query(`SELECT pg_notify($1, $2)`, [ANNOTATION_CHANNEL, ACCESS_CHANGED]);
      await other.end();
      for (let i = 0; i < 50 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(seen).toEqual([null, null]);
    }
    stop();
  });
});
