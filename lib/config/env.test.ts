import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "./.data", EMBEDDED_DB_PORT: 0 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgresql URL and a numeric port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/scc", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db:5432/scc");
    expect(env.PORT).toBe(8080);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/db" }, /DATABASE_URL: must be a postgresql:\/\/ URL/],
    [{ DATABASE_URL: "not a url" }, /DATABASE_URL/],
    [{ PORT: "abc" }, /PORT: must be a number/],
    [{ PORT: "70000" }, /PORT: must be between 1 and 65535/],
    [{ PORT: "30.5" }, /PORT: must be a whole number/],
  ])("rejects %j with one clear line", (input, message) => {
    let error: unknown;
    try {
      parseEnv(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});
