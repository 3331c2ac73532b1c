import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { callRoute } from "@/testing/call-route";
import { POST } from "./route";

// The database goes away: a write answers 503 with Retry-After and a message, and the log gets one
// line, not a stack trace. (A client on a port where nothing listens is a real outage to Prisma.)
const holder = globalThis as unknown as { prisma?: unknown };

describe("a write during a database outage", () => {
  let token = "";
  let saved: { prisma: unknown; url: string | undefined };
  beforeAll(async () => {
    const { user } = await createUser({
      email: `outage-${Date.now()}@example.com`,
      name: "Outage",
      role: "analyst",
    });
    token = (await createToken(user.id, "outage")).token;
    saved = { prisma: holder.prisma, url: process.env.DATABASE_URL };
    holder.prisma = undefined;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/gone";
  });
  afterAll(() => {
    holder.prisma = saved.prisma;
    process.env.DATABASE_URL = saved.url;
  });

  it("answers 503 with Retry-After, in the reader's language, and logs one line", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await callRoute(POST, token, "/api/v1/annotations", {
      method: "POST",
      body: { target: { kind: "assessment", country: "CN", dimension: "drivers" }, body: "x" },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: {
        code: "unavailable",
        message: "The database is not answering; please try again in a moment.",
      },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0][0]);
    expect(line).toMatch(/^Database unavailable \(answered 503\): /);
    expect(line).not.toContain("\n");
    logged.mockRestore();
  });
});
