import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { inWorker } from "./pool";

describe("the worker pool", () => {
  it("hashes and checks passwords off the event loop, as bcrypt", async () => {
    const hash = await inWorker("hash", { password: "correct horse", cost: 4 });
    expect(await bcrypt.compare("correct horse", hash)).toBe(true);
    expect(await inWorker("compare", { password: "correct horse", hash })).toBe(true);
    expect(await inWorker("compare", { password: "wrong", hash })).toBe(false);
  });

  it("keeps the event loop free while a hash runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    await inWorker("hash", { password: "x", cost: 12 });
    clearInterval(timer);
    // A cost-12 hash takes a few hundred ms: in this thread, no tick could run meanwhile.
    expect(ticks).toBeGreaterThan(5);
  });

  it("passes a task's error back", async () => {
    await expect(inWorker("compare", { password: "x", hash: "not a hash" })).resolves.toBe(false);
    await expect(
      inWorker("subsetFont", { file: "/nonexistent.ttf", characters: "a", format: "truetype" }),
    ).rejects.toThrow(/ENOENT/);
  });
});
