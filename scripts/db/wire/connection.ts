import type { Socket } from "node:net";
import {
  CANCEL_REQUEST,
  GSSENC_REQUEST,
  PROTOCOL_3_0,
  ProtocolError,
  SSL_REQUEST,
  closeStatements,
  errorResponse,
  queryMessage,
  renameStatements,
  startupParameters,
  syncMessage,
  takeMessages,
  type NameSpace,
} from "./frames";
import { Login } from "./login";
import type { ScramVerifier } from "./scram";
import type { SessionLock } from "./session-lock";

/** What a connection needs of its server: the shared session, and a way to run bytes on it. */
export interface Session {
  lock: SessionLock<Connection>;
  run(bytes: Buffer): Promise<{ data: Buffer; status: "I" | "T" | "E" | null }>;
  inTransaction(): boolean;
  holdTimeoutMs: number;
  /** What the server keeps of its password; every connection must prove it before anything else. */
  verifier: ScramVerifier;
  /** How long a new connection has to log in, like PostgreSQL's authentication_timeout. */
  loginTimeoutMs: number;
  log(line: string): void;
  closed(connection: Connection): void;
}

const X = "X".charCodeAt(0);

/**
 * One client connection. Its messages run on the shared PGlite session strictly in order, and
 * only while it holds the session lock: it takes the lock with its first message and gives it back
 * when PGlite answers ReadyForQuery with status idle. So a batch (Parse, Bind, Describe, Execute,
 * Sync) or a transaction of one connection never has another connection's messages inside it,
 * however its bytes are split across reads.
 */
export class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private typed = false; // after the start-up message, every message has a type byte
  private started = false;
  private holding = false;
  private status: "I" | "T" | "E" | null = null;
  private pending: Buffer[] = [];
  private pumping = false;
  private closing = false;
  private cleaned = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly loginTimer: NodeJS.Timeout;
  private startup: Buffer | null = null;
  private login: Login | null = null;
  private readonly names: NameSpace;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly session: Session,
  ) {
    this.names = { prefix: `c${id}_`, statements: new Set() };
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", () => this.close());
    socket.on("close", () => this.close());
    // Like authentication_timeout: a connection that does not log in gives its place back.
    this.loginTimer = setTimeout(() => this.close(), session.loginTimeoutMs);
    this.loginTimer.unref();
  }

  private receive(chunk: Buffer) {
    if (this.closing) return;
    this.buffer = Buffer.concat([this.buffer, chunk]);
    try {
      for (;;) {
        const { messages, rest } = takeMessages(this.buffer, this.typed);
        this.buffer = rest;
        if (!messages.length) break;
        for (const message of messages) {
          if (!this.typed && message.readInt32BE(4) === PROTOCOL_3_0) this.typed = true;
          this.pending.push(message);
        }
      }
    } catch (error) {
      this.fail("08P01", `protocol violation: ${(error as Error).message}`);
      return;
    }
    this.clearTimer();
    void this.pump();
  }

  private async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.closing && this.pending.length) {
        if (!this.started) {
          await this.handshake(this.pending.shift()!);
          continue;
        }
        if (!this.holding) {
          if (!(await this.session.lock.acquire(this))) return;
          this.holding = true;
        }
        const batch = this.pending.splice(0);
        const terminate = batch.findIndex((m) => m[0] === X);
        const run = terminate >= 0 ? batch.slice(0, terminate) : batch;
        if (run.length)
          await this.execute(Buffer.concat(run.map((m) => renameStatements(m, this.names))));
        if (terminate >= 0) this.socket.end();
      }
    } catch (error) {
      this.session.log(`embedded database connection ${this.id}: ${(error as Error).message}`);
      this.socket.destroy();
    } finally {
      this.pumping = false;
      if (this.closing) void this.cleanup();
      else if (this.holding) this.startTimer();
    }
  }

  /** The untyped first messages: encryption requests, a cancel request, then the start-up message. */
  private async handshake(message: Buffer) {
    if (this.login) return this.authenticate(message);
    const code = message.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write("N"); // no encryption on loopback; the client goes on in plain text
    } else if (code === CANCEL_REQUEST) {
      this.socket.end(); // the session is shared: cancelling "the" query could hit another connection's
    } else if (code !== PROTOCOL_3_0) {
      this.fail("08P01", `unsupported frontend protocol ${code >> 16}.${code & 0xffff}`);
    } else {
      this.startup = message;
      this.login = new Login(this.session.verifier, startupParameters(message).user ?? "");
      this.socket.write(this.login.start());
    }
  }

  /** The password exchange; once it is proved, PGlite gets the start-up message and answers it. */
  private async authenticate(message: Buffer) {
    if (message[0] === X) return void this.socket.end();
    const step = this.login!.step(message);
    if ("error" in step) return this.fail(step.error.code, step.error.text);
    this.socket.write(step.reply);
    if (!step.done) return;
    clearTimeout(this.loginTimer);
    if (await this.session.lock.acquire(this)) {
      this.holding = true;
      await this.execute(this.startup!);
      this.started = true;
    }
  }

  private async execute(bytes: Buffer) {
    const { data, status } = await this.session.run(bytes);
    if (status) this.status = status;
    else if (this.status === "I") this.status = null; // half-way through a batch
    if (data.length && this.socket.writable) this.socket.write(data);
    if (status === "I") this.releaseSession();
  }

  private releaseSession() {
    if (!this.holding) return;
    this.holding = false;
    this.session.lock.release(this);
  }

  /** Like PostgreSQL's idle_in_transaction_session_timeout: a holder that went quiet is ended. */
  private startTimer() {
    this.clearTimer();
    this.timer = setTimeout(() => {
      const seconds = this.session.holdTimeoutMs / 1000;
      this.fail(
        "25P03",
        `terminating connection: it kept the embedded database's session for ${seconds} s without sending anything (an open transaction or an unfinished query)`,
      );
    }, this.session.holdTimeoutMs);
    this.timer.unref();
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Ends the connection with an error the client reports, as a server would. */
  private fail(code: string, text: string) {
    if (this.socket.writable) this.socket.end(errorResponse(code, text));
    this.close(false);
  }

  close(destroy = true) {
    if (this.closing) return;
    this.closing = true;
    this.clearTimer();
    clearTimeout(this.loginTimer);
    this.pending = [];
    this.session.lock.forget(this);
    if (destroy && !this.socket.destroyed) this.socket.destroy();
    if (!this.pumping) void this.cleanup();
  }

  /** Leaves the shared session as a new connection would find it: no half batch, transaction or statement of ours. */
  private async cleanup() {
    if (this.cleaned) return;
    this.cleaned = true;
    try {
      if (this.holding || this.names.statements.size > 0) {
        if (!this.holding && !(await this.session.lock.acquire(this))) return;
        this.holding = true;
        if (this.status !== "I") await this.session.run(syncMessage());
        if (this.session.inTransaction()) await this.session.run(queryMessage("ROLLBACK"));
        if (this.names.statements.size) await this.session.run(closeStatements(this.names));
      }
    } catch (error) {
      if (!(error instanceof ProtocolError))
        this.session.log(
          `embedded database connection ${this.id}: cleanup failed: ${(error as Error).message}`,
        );
    } finally {
      this.releaseSession();
      this.session.closed(this);
    }
  }
}
