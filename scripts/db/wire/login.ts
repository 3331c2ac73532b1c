import { ProtocolError, authentication, saslMechanisms, saslResponse } from "./frames";
import { SCRAM_MECHANISM, ScramExchange, ScramProtocolError, type ScramVerifier } from "./scram";

export type LoginStep =
  { reply: Buffer; done: boolean } | { error: { code: string; text: string } };

/**
 * A connection's password check, between its start-up message and PGlite: the server asks for
 * SCRAM-SHA-256 (AuthenticationSASL), the client answers twice, and only a right proof lets the
 * start-up message reach PGlite, whose answer begins with AuthenticationOk. A wrong password ends
 * the connection with 28P01, as PostgreSQL does; nothing of the database is reachable before.
 */
export class Login {
  private exchange: ScramExchange | null = null;

  constructor(
    private readonly verifier: ScramVerifier,
    private readonly user: string,
  ) {}

  /** AuthenticationSASL: the one mechanism offered. */
  start(): Buffer {
    return saslMechanisms([SCRAM_MECHANISM]);
  }

  /** The answer to the client's next message; `done` once the password is proved. */
  step(message: Buffer): LoginStep {
    try {
      if (!this.exchange) {
        const { mechanism, data } = saslResponse(message, true);
        if (mechanism !== SCRAM_MECHANISM)
          throw new ScramProtocolError("client selected an invalid SASL authentication mechanism");
        this.exchange = new ScramExchange(this.verifier);
        return { reply: authentication(11, Buffer.from(this.exchange.first(data))), done: false };
      }
      const final = this.exchange.final(saslResponse(message, false).data);
      if (final === null) {
        const text = `password authentication failed for user "${this.user}"`;
        return { error: { code: "28P01", text } };
      }
      return { reply: authentication(12, Buffer.from(final)), done: true };
    } catch (error) {
      if (error instanceof ScramProtocolError || error instanceof ProtocolError)
        return { error: { code: "08P01", text: error.message } };
      throw error;
    }
  }
}
