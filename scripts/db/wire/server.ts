import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { Connection, type Session } from "./connection";
import { errorResponse, readResponse } from "./frames";
import { scramVerifier } from "./scram";
import { SessionLock } from "./session-lock";

export interface WireServerOptions {
  db: PGlite;
  /** The password every connection must give (SCRAM-SHA-256); any user name is accepted. */
  password: string;
  host?: string;
  /** 0: any free port. */
  port?: number;
  maxConnections?: number;
  /** How long a connection may hold the session (a transaction, a half-sent batch) without sending anything. */
  holdTimeoutMs?: number;
  /** How long a new connection may take to log in (default 10 s). */
  loginTimeoutMs?: number;
  log?: (line: string) => void;
}

/**
 * Serves one PGlite database over the PostgreSQL wire protocol to many connections. PGlite has a
 * single backend session, so every connection's messages run on it; the session lock makes each
 * connection's batch, and each transaction, run as one unit. This replaces
 * @electric-sql/pglite-socket 0.2.17, which queues single messages and so lets two connections'
 * Parse/Bind/Execute/Sync interleave (electric-sql/pglite#1046), and answers every start-up with
 * AuthenticationOk: here a connection must first prove the password (SCRAM-SHA-256, see login.ts).
 */
export class PGliteWireServer {
  private server: net.Server | null = null;
  private readonly connections = new Set<Connection>();
  private nextId = 1;
  private readonly session: Session;

  constructor(private readonly options: WireServerOptions) {
    const { db } = options;
    if (!options.password) throw new Error("the embedded database server needs a password");
    this.session = {
      lock: new SessionLock<Connection>(),
      run: async (bytes) =>
        readResponse(
          await db.runExclusive(() =>
            db.execProtocolRaw(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
          ),
        ),
      inTransaction: () => db.isInTransaction(),
      holdTimeoutMs: options.holdTimeoutMs ?? 60_000,
      verifier: scramVerifier(options.password),
      loginTimeoutMs: options.loginTimeoutMs ?? 10_000,
      log: options.log ?? ((line) => console.error(line)),
      closed: (connection) => this.connections.delete(connection),
    };
  }

  /** Listens on 127.0.0.1 (or `host`) and resolves with the address, `host:port`. */
  async start(): Promise<string> {
    await this.options.db.waitReady;
    const server = net.createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port ?? 0, this.options.host ?? "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    return this.address;
  }

  get address(): string {
    const address = this.server?.address() as net.AddressInfo | null;
    if (!address) throw new Error("the embedded database server is not listening");
    return `${address.address}:${address.port}`;
  }

  private accept(socket: net.Socket) {
    if (this.connections.size >= (this.options.maxConnections ?? 32)) {
      socket.end(errorResponse("53300", "sorry, too many clients already"));
      return;
    }
    this.connections.add(new Connection(this.nextId++, socket, this.session));
  }

  /** Stops accepting, ends every connection (rolling back what they left open), and waits for that. */
  async stop() {
    const server = this.server;
    this.server = null;
    const closed = server
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
    for (const connection of this.connections) connection.close();
    const deadline = Date.now() + 5000;
    while (this.connections.size && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await closed;
  }
}
