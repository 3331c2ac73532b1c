import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { userForToken } from "@/lib/auth/tokens";
import { projectRoot, TSX } from "@/scripts/db/tools";

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [...TSX, "scripts/users.ts", ...args], {
    cwd: projectRoot,
    env: process.env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("user and token commands", () => {
  it.each([
    [["create", "--email", "x@example.com", "--name", "X"], "Error: --role is required"],
    [
      ["create", "--email", "nope", "--name", "X", "--role", "viewer"],
      "Error: --email: must be an email address",
    ],
    [
      ["role", "--email", "x@example.com", "--role", "boss"],
      "Error: --role: must be one of viewer, analyst, editor, admin",
    ],
    [["disable", "--mail", "x@example.com"], "Error: Unknown option '--mail'"],
    [["frobnicate"], 'Error: unknown command "frobnicate"'],
  ])("refuses %j with a clear message and exit code 2", (args, message) => {
    const { status, stderr } = cli(args);
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toContain(message);
    expect(stderr).toContain("Usage: npm run");
  });

  it("creates a user with a printed password, then a token printed alone on the last line", async () => {
    const email = `cli-${Date.now()}@example.com`;
    const created = cli(["create", "--email", email, "--name", "Cli", "--role", "analyst"]);
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Password \(shown once\): [\w-]{20}/);

    const made = cli(["token", "--email", email, "--name", "script"]);
    expect(made.status).toBe(0);
    const token = made.stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^scc_[\w-]{43}$/);
    expect((await userForToken(token))?.email).toBe(email);

    expect(cli(["disable", "--email", "missing@example.com"])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("No user with the email missing@example.com"),
    });
  });
});
