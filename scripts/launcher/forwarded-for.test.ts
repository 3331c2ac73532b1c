import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// A plain http server run with the preload, as the launcher runs Next.js; it answers the headers it got.
const script = `
const http = require("node:http");
const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;
const children: ReturnType<typeof spawn>[] = [];
function serve(trustedProxies: string) {
  const child = spawn(
    process.execPath,
    [
      "--import",
      pathToFileURL(path.resolve("scripts/launcher/forwarded-for.mjs")).href,
      "-e",
      script,
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, TRUSTED_PROXIES: trustedProxies },
    },
  );
  children.push(child);
  return new Promise<string>((resolve) =>
    child.stdout!.once("data", (chunk: Buffer) =>
      resolve(`http://127.0.0.1:${Number(String(chunk).trim())}/`),
    ),
  );
}
const direct = serve("0");
const behindProxy = serve("1");
afterAll(() => children.forEach((child) => child.kill()));

const headers = async (url: string, sent: Record<string, string> = {}) =>
  (await (await fetch(url, { headers: sent })).json()) as Record<string, string | undefined>;

const forgedOrigin = {
  "X-Forwarded-Host": "evil.example",
  "X-Forwarded-Proto": "https",
  "X-Forwarded-Port": "443",
};

describe("the X-Forwarded-* preload", () => {
  it("appends the socket's address, so a forged header cannot be the last entry", async () => {
    const url = await direct;
    expect((await headers(url))["x-forwarded-for"]).toBe("127.0.0.1");
    const forged = await headers(url, { "X-Forwarded-For": "6.6.6.6" });
    expect(forged["x-forwarded-for"]).toBe("6.6.6.6, 127.0.0.1");
  });

  it("drops X-Forwarded-Host, -Proto and -Port when no proxy is trusted", async () => {
    const got = await headers(await direct, forgedOrigin);
    expect(got["x-forwarded-host"]).toBeUndefined();
    expect(got["x-forwarded-proto"]).toBeUndefined();
    expect(got["x-forwarded-port"]).toBeUndefined();
    expect(got.host).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it("keeps them from a trusted proxy", async () => {
    const got = await headers(await behindProxy, forgedOrigin);
    expect(got["x-forwarded-host"]).toBe("evil.example");
    expect(got["x-forwarded-proto"]).toBe("https");
  });
});
