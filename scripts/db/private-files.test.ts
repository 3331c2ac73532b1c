import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makePrivate, privateFolder, privateSecret } from "./private-files";

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "scc-private-"));
  dirs.push(dir);
  return dir;
};
const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("private files", () => {
  it("makes folders 0700 and files 0600 all the way down, and leaves what links point to", async () => {
    const root = await tempDir();
    const outside = path.join(await tempDir(), "elsewhere");
    await writeFile(outside, "not ours", { mode: 0o644 });
    await mkdir(path.join(root, "a", "b"), { recursive: true, mode: 0o755 });
    await writeFile(path.join(root, "a", "b", "file"), "x", { mode: 0o666 });
    await chmod(path.join(root, "a", "b", "file"), 0o666);
    await symlink(outside, path.join(root, "a", "link"));
    await chmod(root, 0o755);
    await makePrivate(root);
    expect(await modeOf(root)).toBe(0o700);
    expect(await modeOf(path.join(root, "a"))).toBe(0o700);
    expect(await modeOf(path.join(root, "a", "b"))).toBe(0o700);
    expect(await modeOf(path.join(root, "a", "b", "file"))).toBe(0o600);
    expect(await modeOf(outside)).toBe(0o644);
  });

  it("does nothing for a folder that does not exist yet", async () => {
    await expect(makePrivate(path.join(await tempDir(), "missing"))).resolves.toBeUndefined();
  });

  it("creates a private folder, and closes an existing one", async () => {
    const dir = path.join(await tempDir(), "new", "deeper");
    await privateFolder(dir);
    expect(await modeOf(dir)).toBe(0o700);
    await chmod(dir, 0o755);
    await privateFolder(dir);
    expect(await modeOf(dir)).toBe(0o700);
  });

  it("keeps a secret, and closes its file when it was readable by others", async () => {
    const file = path.join(await tempDir(), "secret");
    const made = await privateSecret(file);
    expect(made.length).toBeGreaterThanOrEqual(32);
    expect(await modeOf(file)).toBe(0o600);
    await chmod(file, 0o644);
    expect(await privateSecret(file)).toBe(made);
    expect(await modeOf(file)).toBe(0o600);
    await writeFile(file, "short\n");
    const remade = await privateSecret(file);
    expect(remade).not.toBe(made);
    expect((await readFile(file, "utf8")).trim()).toBe(remade);
  });
});
