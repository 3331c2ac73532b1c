// SCRAM-SHA-256 (RFC 5802, RFC 7677) as a PostgreSQL server speaks it, without channel binding
// (the embedded server has no TLS). The password never crosses the wire, and what the server keeps
// (salt, StoredKey, ServerKey) cannot be replayed as a password.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

export const SCRAM_MECHANISM = "SCRAM-SHA-256";
/** PostgreSQL's default (scram_iterations). */
const ITERATIONS = 4096;

/** What the server keeps of a password. */
export interface ScramVerifier {
  salt: Buffer;
  iterations: number;
  storedKey: Buffer;
  serverKey: Buffer;
}

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

export function scramVerifier(password: string, iterations = ITERATIONS): ScramVerifier {
  const salt = randomBytes(16);
  // Our passwords are ASCII, which SASLprep leaves as they are.
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  return {
    salt,
    iterations,
    storedKey: sha256(hmac(salted, "Client Key")),
    serverKey: hmac(salted, "Server Key"),
  };
}

/** A client that does not follow the exchange, as opposed to one that gives a wrong password. */
export class ScramProtocolError extends Error {}

/** `a=1,b=2`: the attributes of a SCRAM message, in order. */
function attributes(message: string): [string, string][] {
  return message.split(",").map((part) => {
    if (!/^[A-Za-z]=/.test(part)) throw new ScramProtocolError(`malformed SCRAM message`);
    return [part[0], part.slice(2)];
  });
}

/** One connection's exchange: the client's first message, then its proof. */
export class ScramExchange {
  private clientFirstBare = "";
  private serverFirst = "";
  private gs2Header = "";
  private nonce = "";

  constructor(private readonly verifier: ScramVerifier) {}

  /** Reads client-first-message and answers server-first-message. */
  first(clientFirst: string): string {
    const header = /^([ny]),(a=[^,]*)?,/.exec(clientFirst);
    if (!header) {
      throw new ScramProtocolError(
        clientFirst.startsWith("p=")
          ? "channel binding is not supported: the embedded database has no TLS"
          : "malformed SCRAM message",
      );
    }
    if (header[2]) throw new ScramProtocolError("an authorization identity is not supported");
    this.gs2Header = header[0];
    this.clientFirstBare = clientFirst.slice(header[0].length);
    const [user, nonce] = attributes(this.clientFirstBare);
    if (user?.[0] !== "n" || nonce?.[0] !== "r" || !/^[\x21-\x2b\x2d-\x7e]+$/.test(nonce[1]))
      throw new ScramProtocolError("malformed SCRAM message");
    this.nonce = nonce[1] + randomBytes(18).toString("base64");
    const { salt, iterations } = this.verifier;
    this.serverFirst = `r=${this.nonce},s=${salt.toString("base64")},i=${iterations}`;
    return this.serverFirst;
  }

  /** Checks client-final-message: server-final-message when the proof is right, null when not. */
  final(clientFinal: string): string | null {
    if (!this.serverFirst) throw new ScramProtocolError("SCRAM messages out of order");
    const proofAt = clientFinal.lastIndexOf(",p=");
    if (proofAt < 0) throw new ScramProtocolError("malformed SCRAM message");
    const withoutProof = clientFinal.slice(0, proofAt);
    const [binding, nonce] = attributes(withoutProof);
    if (binding?.[0] !== "c" || nonce?.[0] !== "r")
      throw new ScramProtocolError("malformed SCRAM message");
    if (binding[1] !== Buffer.from(this.gs2Header).toString("base64"))
      throw new ScramProtocolError("SCRAM channel binding check failed");
    if (nonce[1] !== this.nonce) throw new ScramProtocolError("SCRAM nonce mismatch");
    const proof = Buffer.from(clientFinal.slice(proofAt + 3), "base64");
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const { storedKey, serverKey } = this.verifier;
    const signature = hmac(storedKey, authMessage);
    if (proof.length !== signature.length) return null;
    const clientKey = Buffer.alloc(proof.length);
    for (let i = 0; i < proof.length; i++) clientKey[i] = proof[i] ^ signature[i];
    if (!timingSafeEqual(sha256(clientKey), storedKey)) return null;
    return `v=${hmac(serverKey, authMessage).toString("base64")}`;
  }
}
