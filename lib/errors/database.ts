// Whether an error means "the database cannot be reached right now" (an outage, a restart, a full
// pool), as opposed to a bug or a refused query: such a request is answered 503 with Retry-After.

/** Prisma's codes for an unreachable or closed database, a timeout and an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds of the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

/** PostgreSQL's SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now), 53300 (too many connections). */
const unavailableState = (code: unknown) =>
  typeof code === "string" && (/^08/.test(code) || /^57P0[123]$/.test(code) || code === "53300");

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
    cause?: unknown;
  };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code)))
    return true;
  if (unavailableState(e.code)) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause && (ADAPTER_KINDS.has(String(cause.kind)) || unavailableState(cause.code))) return true;
  // node-postgres, when the server goes away mid-connection.
  if (
    typeof e.message === "string" &&
    /^Connection terminated|^Client has encountered a connection error/.test(e.message)
  )
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** The first line of an error's message, for a one-line log. */
export const firstLine = (error: unknown) =>
  String((error as { message?: unknown })?.message ?? error)
    .split("\n")
    .map((line) => line.trim())
    .find(Boolean) ?? "unknown error";
