import { describe, expect, it } from "vitest";
import { AppError } from "./app-error";
import { isDatabaseUnavailable } from "./database";
import { toAppError } from "./handle";

const prisma = (code: string, cause?: Record<string, unknown>) =>
  Object.assign(new Error("x"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : {},
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma cannot reach the server", prisma("P1001")],
    ["the server closed the connection", prisma("P1017")],
    ["the pool timed out", prisma("P2024")],
    ["a raw query on an unreachable server", prisma("P2010", { kind: "DatabaseNotReachable" })],
    ["a shutdown", prisma("P2010", { kind: "postgres", code: "57P01" })],
    ["a connection exception", prisma("P2010", { kind: "postgres", code: "08006" })],
    ["too many connections", prisma("P2010", { kind: "postgres", code: "53300" })],
    [
      "a refused socket",
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    ],
    ["node-postgres losing the server", new Error("Connection terminated unexpectedly")],
    [
      "a cause chain",
      new Error("wrapped", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }),
    ],
  ])("%s → yes", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toAppError(error)).toMatchObject({ code: "unavailable", status: 503 });
  });

  it.each([
    ["a unique violation", prisma("P2002")],
    ["a missing row", prisma("P2025")],
    ["a syntax error", prisma("P2010", { kind: "postgres", code: "42601" })],
    ["a NUL in text", prisma("P2010", { kind: "postgres", code: "22021" })],
    ["a bug", new TypeError("undefined is not a function")],
    ["a refused request", new AppError("forbidden", "forbidden")],
    ["nothing", null],
  ])("%s → no", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
