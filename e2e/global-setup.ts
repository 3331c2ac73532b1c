import { createE2EUser, e2eEmail, type E2ERole } from "./support/users";

/** Creates one user per role in the test database, through the same command people use. */
export default function globalSetup() {
  if (!process.env.DATABASE_URL)
    throw new Error(
      "DATABASE_URL (the test database) is not set: run the end-to-end tests with `npm test`.",
    );
  for (const role of ["viewer", "analyst", "editor", "admin"] as E2ERole[])
    createE2EUser(e2eEmail(role), `E2E ${role}`, role);
}
