import { beforeAll, describe, expect, it } from "vitest";
import { createToken, revokeToken } from "@/lib/auth/tokens";
import { createUser, disableUser } from "@/lib/auth/users";
import { ROLES } from "@/lib/permissions";
import { seedDatabase } from "@/prisma/seed";
import { GET as assessments } from "./assessments/route";
import { GET as countries } from "./countries/route";
import { GET as dataset } from "./dataset/route";
import { GET as dimensions } from "./dimensions/route";
import { GET as indicators } from "./indicators/route";
import { GET as source } from "./sources/[key]/route";
import { GET as timeline } from "./timeline/route";

type Route = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
const routes: [string, Route, Record<string, string>][] = [
  ["GET /api/v1/dataset", dataset as unknown as Route, {}],
  ["GET /api/v1/countries", countries as unknown as Route, {}],
  ["GET /api/v1/dimensions", dimensions as unknown as Route, {}],
  ["GET /api/v1/assessments", assessments as unknown as Route, {}],
  ["GET /api/v1/timeline", timeline as unknown as Route, {}],
  ["GET /api/v1/indicators", indicators as unknown as Route, {}],
  ["GET /api/v1/sources/{key}", source as unknown as Route, { key: "cn-jp-comparison" }],
];

// Who asks → the expected status on every read route.
const principals: Record<string, { header?: string; expected: number }> = {};

describe("access to every API route by role", () => {
  beforeAll(async () => {
    await seedDatabase();
    const stamp = Date.now();
    principals.anonymous = { expected: 401 };
    principals["malformed token"] = { header: "Bearer not-a-token", expected: 401 };
    for (const role of ROLES) {
      const { user } = await createUser({
        email: `matrix-${role}-${stamp}@example.com`,
        name: role,
        role,
      });
      principals[role] = {
        header: `Bearer ${(await createToken(user.id, "matrix")).token}`,
        expected: 200,
      };
    }
    const revoked = await createUser({
      email: `matrix-revoked-${stamp}@example.com`,
      name: "revoked",
      role: "admin",
    });
    const made = await createToken(revoked.user.id, "matrix");
    await revokeToken(made.record.id, revoked.user.id);
    principals["revoked token"] = { header: `Bearer ${made.token}`, expected: 401 };
    const disabled = await createUser({
      email: `matrix-disabled-${stamp}@example.com`,
      name: "disabled",
      role: "admin",
    });
    const disabledToken = (await createToken(disabled.user.id, "matrix")).token;
    await disableUser(disabled.user.email);
    principals["disabled user"] = { header: `Bearer ${disabledToken}`, expected: 401 };
  });

  it("answers each route with the expected status for each principal", async () => {
    const table: string[] = [];
    for (const [name, handler, params] of routes) {
      for (const [who, { header, expected }] of Object.entries(principals)) {
        const request = new Request("http://localhost/api", {
          headers: header
            ? { authorization: header, "accept-language": "en" }
            : { "accept-language": "en" },
        });
        const response = await handler(request, { params: Promise.resolve(params) });
        table.push(`${name} × ${who}: ${response.status}`);
        expect(response.status, `${name} × ${who}`).toBe(expected);
        if (expected === 401)
          expect((await response.json()).error).toEqual({
            code: "unauthorized",
            message: "Sign in first.",
          });
      }
    }
    expect(table).toHaveLength(routes.length * Object.keys(principals).length);
  });
});
