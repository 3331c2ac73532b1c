import { describe, expect, it } from "vitest";
import { prismaEnv } from "./migrate";

describe("prismaEnv", () => {
  it("moves the password out of the URL, which the CLI puts on the schema engine's command line", () => {
    const env = prismaEnv(
      "postgresql://app:p%40ss%3Aw0rd@127.0.0.1:5432/smart_city?sslmode=disable",
    );
    expect(env.DATABASE_URL).toBe("postgresql://app@127.0.0.1:5432/smart_city?sslmode=disable");
    expect(env.PGPASSWORD).toBe("p@ss:w0rd");
  });

  it("leaves a URL without a password, and the caller's PGPASSWORD, as they are", () => {
    const url = "postgresql://postgres@127.0.0.1:55432/postgres";
    const before = process.env.PGPASSWORD;
    process.env.PGPASSWORD = "from-the-caller";
    try {
      expect(prismaEnv(url)).toMatchObject({ DATABASE_URL: url, PGPASSWORD: "from-the-caller" });
    } finally {
      if (before === undefined) delete process.env.PGPASSWORD;
      else process.env.PGPASSWORD = before;
    }
  });
});
