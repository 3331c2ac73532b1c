import { describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/launcher/port";
import { describeConnectionError, probeDatabase } from "./probe";

describe("probeDatabase", () => {
  it("answers null for the test database", async () => {
    expect(await probeDatabase(process.env.DATABASE_URL!)).toBeNull();
  });

  it("explains a refused connection in one line, without the password", async () => {
    const port = await findFreePort();
    const reason = await probeDatabase(`postgresql://user:secret@127.0.0.1:${port}/db`);
    expect(reason).toBe(
      `Cannot reach the PostgreSQL server at 127.0.0.1:${port}/db: connection refused. Is it running? Check DATABASE_URL.`,
    );
    expect(reason).not.toContain("secret");
  });

  it("names a missing database", () => {
    const error = Object.assign(new Error('database "x" does not exist'), { code: "3D000" });
    expect(describeConnectionError("postgresql://u:p@db.example:6543/x", error)).toBe(
      "The database x does not exist on db.example:6543. Create it, or fix DATABASE_URL.",
    );
  });
});
