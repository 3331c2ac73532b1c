import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";
import { callRoute } from "@/testing/call-route";
import { startSmtpCatcher } from "@/testing/smtp-catcher";
import { POST } from "../annotations/route";

// Notification e-mail through a local SMTP server started here; and a mail server that is down
// or silent never holds or fails saving the note.

const cell = { kind: "matrix-cell", country: "JP", dimension: "development-model" };
let token = "";
let to = "";
let toZh = "";

const saveMentioning = async (emails: string[]) => {
  const started = Date.now();
  const response = await callRoute(POST, token, "/api/v1/annotations", {
    method: "POST",
    body: { target: cell, body: "Have a **look**", mentions: emails },
  });
  return { status: response.status, ms: Date.now() - started, json: await response.json() };
};

async function until<T>(read: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("notification e-mail", () => {
  const saved = { ...process.env };
  beforeAll(async () => {
    await seedDatabase();
    const stamp = Date.now();
    const author = await createUser({
      email: `mailer-${stamp}@x.example`,
      name: "Mia Mailer",
      role: "analyst",
    });
    token = (await createToken(author.user.id, "t")).token;
    to = `reader-${stamp}@x.example`;
    toZh = `zh-reader-${stamp}@x.example`;
    const en = await createUser({ email: to, name: "Rea Reader", role: "analyst" });
    await getDb().user.update({ where: { id: en.user.id }, data: { language: "en" } });
    await createUser({ email: toZh, name: "Zhou", role: "viewer" });
  });
  afterEach(() => {
    process.env = { ...saved };
  });
  afterAll(() => {
    process.env = saved;
  });

  it("is off by default: nothing configured, nothing sent, the note is saved", async () => {
    delete process.env.SMTP_URL;
    delete process.env.SMTP_HOST;
    expect((await saveMentioning([to])).status).toBe(201);
  });

  it("reaches the SMTP server in the addressee's language, with a link at APP_URL", async () => {
    const catcher = await startSmtpCatcher();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
      process.env.APP_URL = "https://compare.example.org/ignored-path";
      const { status, json } = await saveMentioning([to, toZh]);
      expect(status).toBe(201);
      expect([...json.notified].sort()).toEqual([to, toZh].sort());
      const en = await until(() => catcher.mails.find((m) => m.to.includes(to)));
      expect(en.raw).toContain("Subject: Mia Mailer mentioned you in a note");
      expect(en.text).toContain("Have a look");
      expect(en.text).toContain("https://compare.example.org/matrix?");
      const zh = await until(() => catcher.mails.find((m) => m.to.includes(toZh)));
      // No language saved yet: Chinese, the product's default (the subject is encoded).
      expect(zh.raw).toMatch(/Subject: =\?UTF-8\?/);
      expect(catcher.mails).toHaveLength(2);
    } finally {
      await catcher.close();
    }
  });

  it("never holds or fails saving when the mail server is down or does not answer", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    // A port nobody listens on.
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    process.env.SMTP_URL = `smtp://127.0.0.1:${closedPort}`;
    const down = await saveMentioning([to]);
    expect(down.status).toBe(201);
    await until(() =>
      errors.mock.calls.some((c) => String(c[0]).startsWith("Mail:")) ? true : undefined,
    );

    // A server that accepts the connection and then says nothing.
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const mute = await saveMentioning([to]);
    expect(mute.status).toBe(201);
    expect(mute.ms).toBeLessThan(3000);
    silent.close();
    errors.mockRestore();
  });
});
