import { randomBytes } from "node:crypto";
import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Creates a folder (and its parents) when missing, and makes it its owner's alone: 0700. */
export async function privateFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/**
 * Every folder under `root` 0700 and every file 0600 (symbolic links are left alone: chmod would
 * follow them). Fixes a data folder written by an older version, whose files were 0644 or 0666.
 */
export async function makePrivate(root: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // a new data folder
    throw error;
  }
  await chmod(root, 0o700);
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(file, 0o700);
    else if (entry.isFile()) await chmod(file, 0o600);
  }
}

/**
 * A secret kept in `file`, readable by its owner only (0600): the one there when it has at least
 * `minLength` characters, else a new random one, written. Used for DATA_DIR/auth-secret and
 * DATA_DIR/pglite-password.
 */
export async function privateSecret(file: string, minLength = 32): Promise<string> {
  const stored = (await readFile(file, "utf8").catch(() => "")).trim();
  if (stored.length >= minLength) {
    // A file written by an older version, or copied with other permissions, is closed again.
    await chmod(file, 0o600).catch(() => {});
    return stored;
  }
  const made = randomBytes(32).toString("base64url");
  await writeFile(file, `${made}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // writeFile's mode applies only to a file it creates
  return made;
}
