import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps Prisma in lib/queries, lib/actions and the database client
// (eslint.config.mjs): it refuses an import anywhere else, and lets those places import it.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });
const PRISMA =
  'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const make = () => new PrismaClient({} as never);\n';

async function refused(file: string) {
  const [result] = await eslint.lintText(PRISMA, { filePath: file });
  return result.messages.some((m) => m.ruleId === "no-restricted-imports");
}

describe("the Prisma boundary", () => {
  it("refuses Prisma in views, routes, components and auth, and allows it in queries, actions and the client", async () => {
    expect(await refused("lib/views/overview.ts")).toBe(true);
    expect(await refused("app/api/v1/countries/route.ts")).toBe(true);
    expect(await refused("components/matrix/comparison-matrix.tsx")).toBe(true);
    expect(await refused("lib/auth/users.ts")).toBe(true);
    expect(await refused("lib/queries/users.ts")).toBe(false);
    expect(await refused("lib/actions/users/create-user.ts")).toBe(false);
    expect(await refused("lib/db/client.ts")).toBe(false);
  }, 60_000);
});
