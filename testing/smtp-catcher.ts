import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A mail the catcher received: the envelope's recipients and the message as sent. */
export interface CaughtMail {
  to: string[];
  raw: string;
  /** The message with quoted-printable undone (soft line breaks joined, =XX bytes decoded). */
  text: string;
}

const unquote = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

/**
 * A local SMTP server that keeps every mail it is sent (no TLS, any or no login), for tests of
 * the notification e-mail; with `http`, it also answers GET / on a second port with the mails as
 * JSON, for end-to-end tests in another process.
 */
export async function startSmtpCatcher({ http: withHttp = false } = {}) {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "test" }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: unquote(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  let reader: http.Server | null = null;
  let httpPort: number | null = null;
  if (withHttp) {
    reader = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(mails));
    });
    await new Promise<void>((resolve) => reader!.listen(0, "127.0.0.1", resolve));
    httpPort = (reader.address() as AddressInfo).port;
  }
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (reader) await new Promise<void>((resolve) => reader!.close(() => resolve()));
  };
  return { port, httpPort, mails, close };
}
