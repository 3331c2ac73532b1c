// The PostgreSQL wire protocol (v3) as far as the embedded server needs it: cutting a byte stream
// into messages, keeping prepared-statement and portal names apart per connection, and reading
// the transaction status at the end of a response.

export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;
export const PROTOCOL_3_0 = 196608;

/** Larger than any message a client of ours sends; a length beyond it means a broken stream. */
const MAX_MESSAGE = 1 << 30;

export class ProtocolError extends Error {}

/**
 * Cuts complete messages off the front of `buffer`. Before start-up, messages have no type byte
 * (length, then a request code); after it, a type byte and a length that counts itself.
 */
export function takeMessages(buffer: Buffer, typed: boolean): { messages: Buffer[]; rest: Buffer } {
  const messages: Buffer[] = [];
  let offset = 0;
  const head = typed ? 1 : 0;
  while (buffer.length - offset >= head + 4) {
    const length = buffer.readInt32BE(offset + head);
    if (length < 4 || length > MAX_MESSAGE)
      throw new ProtocolError(`invalid message length ${length}`);
    if (buffer.length - offset < head + length) break;
    messages.push(buffer.subarray(offset, offset + head + length));
    offset += head + length;
    // Only the first message of a connection is untyped (SSLRequest is followed by a new start-up).
    if (!typed) break;
  }
  return { messages, rest: buffer.subarray(offset) };
}

/** A typed message with a new body. */
function message(type: number, body: Buffer): Buffer {
  const out = Buffer.alloc(5 + body.length);
  out[0] = type;
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

function cString(body: Buffer, at: number): { value: string; end: number } {
  const end = body.indexOf(0, at);
  if (end < 0) throw new ProtocolError("unterminated string");
  return { value: body.toString("utf8", at, end), end: end + 1 };
}

const cBytes = (value: string) => Buffer.concat([Buffer.from(value, "utf8"), Buffer.from([0])]);

export interface NameSpace {
  /** Prefix of this connection's statement and portal names, e.g. `c12_`. */
  prefix: string;
  /** The (prefixed) named statements this connection has prepared and not closed. */
  statements: Set<string>;
}

const T = (c: string) => c.charCodeAt(0);

/**
 * Prepared statements and portals live in the one PGlite session that every connection shares.
 * A name a client chooses is given its connection's prefix, so two connections that both prepare
 * "s1" get two statements. The unnamed ones ("") stay unnamed: a batch runs as one unit, so no
 * other connection can replace them in between.
 */
export function renameStatements(msg: Buffer, names: NameSpace): Buffer {
  const type = msg[0];
  const body = msg.subarray(5);
  const named = (value: string) => (value === "" ? "" : names.prefix + value);
  switch (type) {
    case T("P"): {
      const name = cString(body, 0);
      if (name.value === "") return msg;
      names.statements.add(named(name.value));
      return message(type, Buffer.concat([cBytes(named(name.value)), body.subarray(name.end)]));
    }
    case T("B"): {
      const portal = cString(body, 0);
      const statement = cString(body, portal.end);
      if (portal.value === "" && statement.value === "") return msg;
      return message(
        type,
        Buffer.concat([
          cBytes(named(portal.value)),
          cBytes(named(statement.value)),
          body.subarray(statement.end),
        ]),
      );
    }
    case T("E"): {
      const portal = cString(body, 0);
      if (portal.value === "") return msg;
      return message(type, Buffer.concat([cBytes(named(portal.value)), body.subarray(portal.end)]));
    }
    case T("D"):
    case T("C"): {
      const name = cString(body, 1);
      if (name.value === "") return msg;
      if (type === T("C") && body[0] === T("S")) names.statements.delete(named(name.value));
      return message(type, Buffer.concat([body.subarray(0, 1), cBytes(named(name.value))]));
    }
    default:
      return msg;
  }
}

/** Close messages for a connection's statements and a Sync: what a departing connection leaves behind. */
export function closeStatements(names: NameSpace): Buffer {
  const closes = [...names.statements].map((name) =>
    message(T("C"), Buffer.concat([Buffer.from("S"), cBytes(name)])),
  );
  return Buffer.concat([...closes, message(T("S"), Buffer.alloc(0))]);
}

export const syncMessage = () => message(T("S"), Buffer.alloc(0));
export const queryMessage = (sql: string) => message(T("Q"), cBytes(sql));

/**
 * Walks a server response. Returns it without NotificationResponse messages (a LISTEN/NOTIFY on
 * the shared session cannot be routed to the connection that listened, so none is delivered), and
 * the transaction status of its final message when that is ReadyForQuery: `I` idle, `T` in a
 * transaction, `E` in a failed one; null when the response does not end a batch.
 */
export function readResponse(out: Uint8Array): { data: Buffer; status: "I" | "T" | "E" | null } {
  const data = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  const kept: Buffer[] = [];
  let offset = 0;
  let dropped = false;
  let status: "I" | "T" | "E" | null = null;
  while (offset + 5 <= data.length) {
    const type = data[offset];
    const end = offset + 1 + data.readInt32BE(offset + 1);
    if (end > data.length) throw new ProtocolError("truncated server message");
    status = type === T("Z") ? (String.fromCharCode(data[end - 1]) as "I" | "T" | "E") : null;
    if (type === T("A")) dropped = true;
    else kept.push(data.subarray(offset, end));
    offset = end;
  }
  return { data: dropped ? Buffer.concat(kept) : data, status };
}

/** The parameters of a start-up message: user, database, options… */
export function startupParameters(msg: Buffer): Record<string, string> {
  const parameters: Record<string, string> = {};
  let at = 8; // length, protocol version
  while (at < msg.length && msg[at] !== 0) {
    const key = cString(msg, at);
    const value = cString(msg, key.end);
    parameters[key.value] = value.value;
    at = value.end;
  }
  return parameters;
}

/** An Authentication request: SASL (10, the mechanisms), SASLContinue (11) or SASLFinal (12). */
export function authentication(code: 10 | 11 | 12, data: Buffer): Buffer {
  const body = Buffer.alloc(4 + data.length);
  body.writeInt32BE(code);
  data.copy(body, 4);
  return message(T("R"), body);
}

export const saslMechanisms = (names: string[]) =>
  authentication(10, Buffer.concat([...names.map(cBytes), Buffer.from([0])]));

/** The client's answer in a SASL exchange: SASLInitialResponse (with its mechanism) or SASLResponse. */
export function saslResponse(msg: Buffer, initial: boolean): { mechanism: string; data: string } {
  if (msg[0] !== T("p")) throw new ProtocolError("expected a SASL response");
  const body = msg.subarray(5);
  if (!initial) return { mechanism: "", data: body.toString("utf8") };
  const mechanism = cString(body, 0);
  if (body.length < mechanism.end + 4) throw new ProtocolError("truncated SASL response");
  const length = body.readInt32BE(mechanism.end);
  const data = body.subarray(mechanism.end + 4);
  if (length > data.length) throw new ProtocolError("truncated SASL response");
  return { mechanism: mechanism.value, data: length < 0 ? "" : data.toString("utf8", 0, length) };
}

/** An ErrorResponse a client shows as it would a server's: severity, SQLSTATE, message. */
export function errorResponse(code: string, text: string, severity = "FATAL"): Buffer {
  const fields = Buffer.concat([
    Buffer.from("S"),
    cBytes(severity),
    Buffer.from("V"),
    cBytes(severity),
    Buffer.from("C"),
    cBytes(code),
    Buffer.from("M"),
    cBytes(text),
    Buffer.from([0]),
  ]);
  return message(T("E"), fields);
}
