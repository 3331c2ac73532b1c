import { TSX } from "../scripts/db/tools";
import { spawnSync } from "node:child_process";
import { E2E_PASSWORD, e2eEmail, type E2ERole } from "./support/users";

/** Creates one user per role in the test database, through the same command people use. */
export default function globalSetup() {
  if (!process.env.DATABASE_URL)
    throw new Error(
      "DATABASE_URL (the test database) is not set: run the end-to-end tests with `npm test`.",
    );
  for (const role of ["viewer", "analyst", "editor", "admin"] as E2ERole[]) {
    const result = spawnSync(
      process.execPath,
      [
        ...TSX,
        "scripts/users.ts",
        "create",
        "--email",
        e2eEmail(role),
        "--name",
        `E2E ${role}`,
        "--role",
        role,
        "--password",
        E2E_PASSWORD,
      ],
      { env: process.env, encoding: "utf8" },
    );
    if (result.status !== 0 && !result.stderr.includes("already exists"))
      throw new Error(`Creating the ${role} test user failed: ${result.stderr}`);
  }
}
