import path from "node:path";
import { privateSecret } from "@/scripts/db/private-files";

export class SecretError extends Error {}

const MIN_LENGTH = 32;
const WEAK = /^(secret|changeme|change-me|password|nextauth|test|dev|development|x+|0+|1234.*)$/i;

/**
 * The secret that signs sessions. A team server (DATABASE_URL set) must be given a strong
 * NEXTAUTH_SECRET; the embedded single-user mode makes one once and keeps it in DATA_DIR.
 */
export async function resolveAuthSecret(options: {
  secret?: string;
  embedded: boolean;
  dataDir: string;
}): Promise<string> {
  const { secret, embedded, dataDir } = options;
  if (secret !== undefined && secret !== "") {
    if (secret.length < MIN_LENGTH || WEAK.test(secret)) {
      throw new SecretError(
        `NEXTAUTH_SECRET is too weak: use at least ${MIN_LENGTH} random characters, e.g. the output of \`openssl rand -base64 32\`.`,
      );
    }
    return secret;
  }
  if (!embedded) {
    throw new SecretError(
      "NEXTAUTH_SECRET is required when DATABASE_URL is set (a shared server): set it to at least 32 random characters, e.g. `openssl rand -base64 32`, the same on every instance.",
    );
  }
  return privateSecret(path.join(path.resolve(dataDir), "auth-secret"), MIN_LENGTH);
}
