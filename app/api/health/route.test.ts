import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/launcher/port";
import { GET } from "./route";

const globalForPrisma = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };

describe("GET /api/health", () => {
  const original = process.env.DATABASE_URL;
  afterEach(async () => {
    await globalForPrisma.prisma?.$disconnect();
    globalForPrisma.prisma = undefined;
    process.env.DATABASE_URL = original;
  });

  it("answers 200 ok when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with nothing but the status when the database is unreachable, and logs the reason", async () => {
    const logged: string[] = [];
    const error = console.error;
    console.error = (line: string) => void logged.push(line);
    process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${await findFreePort()}/gone`;
    const response = await GET();
    expect(response.status).toBe(503);
    console.error = error;
    expect(await response.json()).toEqual({ status: "error", db: "unreachable" });
    expect(response.headers.get("retry-after")).toBe("5");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^health: database unreachable: \S/);
  });
});
