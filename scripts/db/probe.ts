import pg from "pg";

/** Describes a connection failure in one line without echoing credentials. */
export function describeConnectionError(url: string, error: unknown): string {
  const { hostname, port, pathname } = new URL(url);
  const where = `${hostname}:${port || 5432}${pathname}`;
  const err = error as NodeJS.ErrnoException & { code?: string };
  switch (err.code) {
    case "ECONNREFUSED":
      return `Cannot reach the PostgreSQL server at ${where}: connection refused. Is it running? Check DATABASE_URL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach the PostgreSQL server at ${where}: unknown host "${hostname}". Check DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `The PostgreSQL server at ${where} refused the credentials in DATABASE_URL.`;
    case "3D000":
      return `The database ${pathname.slice(1)} does not exist on ${hostname}:${port || 5432}. Create it, or fix DATABASE_URL.`;
    default:
      return `Cannot use the PostgreSQL server at ${where}: ${err.message ?? String(error)}`.replace(
        /\s+/g,
        " ",
      );
  }
}

/** Connects once and runs `select 1`; resolves to null when fine, or to a one-line reason. */
export async function probeDatabase(url: string, timeoutMs = 5000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return describeConnectionError(url, error);
  } finally {
    await client.end().catch(() => {});
  }
}
