import { mkdtemp, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret, SecretError } from "./secret";

describe("resolveAuthSecret", () => {
  it("makes a secret once in the data folder and keeps it", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "scc-secret-"));
    const first = await resolveAuthSecret({ embedded: true, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await resolveAuthSecret({ embedded: true, dataDir })).toBe(first);
    expect((await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim()).toBe(first);
    expect((await stat(path.join(dataDir, "auth-secret"))).mode & 0o777).toBe(0o600);
  });

  it("requires a secret on a shared server, and refuses a weak one", async () => {
    await expect(resolveAuthSecret({ embedded: false, dataDir: "/nonexistent" })).rejects.toThrow(
      /NEXTAUTH_SECRET is required when DATABASE_URL is set/,
    );
    await expect(
      resolveAuthSecret({ secret: "changeme", embedded: false, dataDir: "/nonexistent" }),
    ).rejects.toThrow(SecretError);
    await expect(
      resolveAuthSecret({ secret: "x".repeat(40), embedded: true, dataDir: "/nonexistent" }),
    ).rejects.toThrow(/too weak/);
    const strong = "k3Jd9sLq0vPz7Rw2Xy5Tb8Nc1Mf4Gh6Ae";
    expect(
      await resolveAuthSecret({ secret: strong, embedded: false, dataDir: "/nonexistent" }),
    ).toBe(strong);
  });
});
