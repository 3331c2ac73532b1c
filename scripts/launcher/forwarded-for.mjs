// Preloaded into the Next.js server by the launcher (node --import). Every request gets the
// address of the socket it came in on appended to X-Forwarded-For, as each proxy hop does, so the
// rightmost entry is always one this server saw and a client cannot choose its own address by
// sending the header. lib/auth/options.ts (clientIp) counts TRUSTED_PROXIES hops from the right.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && req.headers) {
    const peer = req.socket && req.socket.remoteAddress;
    if (peer) {
      const sent = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
    }
  }
  return emit.call(this, event, req, ...rest);
};
