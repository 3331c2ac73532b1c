import { randomBytes } from "node:crypto";
import { chmod, readFile, writeFile } from "node:fs/promises";

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
