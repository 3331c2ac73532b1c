// Preloaded into the Next.js server by the launcher (node --import). Every request gets the
// address of the socket it came in on appended to X-Forwarded-For, as each proxy hop does, so the
// rightmost entry is always one this server saw and a client cannot choose its own address by
// sending the header. lib/auth/options.ts (clientIp) counts TRUSTED_PROXIES hops from the right.
//
// X-Forwarded-Host, -Proto and -Port are believed only from a trusted proxy: with TRUSTED_PROXIES
// at 0 they are dropped, so next-auth (which follows X-Forwarded-Host when NEXTAUTH_URL is unset)
// and the Origin check see the host and scheme the client really used. Next.js then sets them
// itself from the Host header and the socket.
import http from "node:http";

const FORWARDED_ORIGIN = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
const trustsProxy = (Number(process.env.TRUSTED_PROXIES) || 0) > 0;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && req.headers) {
    const peer = req.socket && req.socket.remoteAddress;
    if (peer) {
      const sent = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
    }
    if (!trustsProxy) for (const name of FORWARDED_ORIGIN) delete req.headers[name];
  }
  return emit.call(this, event, req, ...rest);
};
