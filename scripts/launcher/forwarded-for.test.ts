import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// A plain http server run with the preload, as the launcher runs Next.js.
const script = `
const http = require("node:http");
const server = http.createServer((req, res) => res.end(req.headers["x-forwarded-for"] ?? ""));
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;
const child = spawn(
  process.execPath,
  [
    "--import",
    pathToFileURL(path.resolve("scripts/launcher/forwarded-for.mjs")).href,
    "-e",
    script,
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const port = new Promise<number>((resolve) =>
  child.stdout!.once("data", (chunk: Buffer) => resolve(Number(String(chunk).trim()))),
);
afterAll(() => void child.kill());

describe("the X-Forwarded-For preload", () => {
  it("appends the socket's address, so a forged header cannot be the last entry", async () => {
    const url = `http://127.0.0.1:${await port}/`;
    expect(await (await fetch(url)).text()).toBe("127.0.0.1");
    const forged = await fetch(url, { headers: { "X-Forwarded-For": "6.6.6.6" } });
    expect(await forged.text()).toBe("6.6.6.6, 127.0.0.1");
  });
});
