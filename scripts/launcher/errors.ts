import { EnvError } from "@/lib/config/env";
import { EmbeddedDatabaseError } from "@/scripts/db/embedded";
import { MigrationError } from "@/scripts/db/migrate";
import { BuildError } from "./build";
import { DatabaseUnavailableError } from "./database";
import { SecretError } from "./secret";

const KNOWN_ERRORS = [
  EnvError,
  EmbeddedDatabaseError,
  MigrationError,
  DatabaseUnavailableError,
  BuildError,
  SecretError,
];

/** Prints one clear line for a failure of the command-line tools, and exits. */
export function exitWithError(error: unknown): never {
  const known = KNOWN_ERRORS.some((type) => error instanceof type);
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // Prisma's messages start with the call site; the reason is the last line.
  const isPrisma = error instanceof Error && error.constructor.name.startsWith("PrismaClient");
  console.error(
    `Error: ${known ? message : ((isPrisma ? lines.at(-1) : lines[0]) ?? "unknown error")}`,
  );
  if (!known && process.env.DEBUG && error instanceof Error) console.error(error.stack);
  process.exit(1);
}
