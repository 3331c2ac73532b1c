import { describe, expect, it } from "vitest";
import { getDb } from "./client";

describe("getDb inside a transaction", () => {
  it("throws, because on the embedded database the second connection would wait for ever", async () => {
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await getDb().user.count();
      }),
    ).rejects.toThrow(/inside a transaction: use its `tx`/);
    // Outside a transaction, and inside one through its tx, all is well.
    expect(await getDb().$transaction(async (tx) => tx.user.count())).toBeGreaterThanOrEqual(0);
    expect(await getDb().user.count()).toBeGreaterThanOrEqual(0);
  });
});
