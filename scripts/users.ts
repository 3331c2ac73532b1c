// User and token administration on DATABASE_URL, or on the embedded database in DATA_DIR:
//   npm run user:create -- --email E --name N --role R [--password P]
//   npm run user:role -- --email E --role R
//   npm run user:disable -- --email E
//   npm run user:reset-password -- --email E [--keep-tokens]   (tokens are revoked unless kept)
//   npm run token:create -- --email E [--name N]      (the token alone on the last line)
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { ensureClient } from "@/scripts/launcher/build";
import { withMigratedDatabase } from "@/scripts/launcher/cli-database";
import { exitWithError } from "@/scripts/launcher/errors";

const USAGE: Record<string, string> = {
  create:
    "npm run user:create -- --email E --name N --role viewer|analyst|editor|admin [--password P]",
  role: "npm run user:role -- --email E --role viewer|analyst|editor|admin",
  disable: "npm run user:disable -- --email E",
  "reset-password": "npm run user:reset-password -- --email E [--keep-tokens]",
  token: "npm run token:create -- --email E [--name N]",
};
const REQUIRED: Record<string, string[]> = {
  create: ["email", "name", "role"],
  role: ["email", "role"],
  disable: ["email"],
  "reset-password": ["email"],
  token: ["email"],
};

function usageError(message: string, command?: string): never {
  console.error(`Error: ${message}`);
  console.error(
    `Usage: ${command && USAGE[command] ? USAGE[command] : Object.values(USAGE).join("\n       ")}`,
  );
  process.exit(2);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !USAGE[command])
    usageError(command ? `unknown command "${command}"` : "no command given");
  // The one flag without a value; the rest are --name value.
  const keepTokens = command === "reset-password" && rest.includes("--keep-tokens");
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: keepTokens ? rest.filter((arg) => arg !== "--keep-tokens") : rest,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        password: { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    usageError((error as Error).message.split("\n")[0], command);
  }
  for (const name of REQUIRED[command])
    if (!values[name]) usageError(`--${name} is required`, command);

  await ensureClient();
  const users = await import("@/lib/auth/users");
  const { createToken } = await import("@/lib/auth/tokens");
  const { roleSchema } = await import("@/lib/permissions/roles");
  const { emailSchema } = await import("@/lib/schemas/users");
  const { zodProblem } = await import("@/lib/errors/zod");
  const check = <T>(
    name: string,
    schema: {
      safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: ZodError };
    },
  ) => {
    const result = schema.safeParse(values[name]);
    if (!result.success)
      usageError(`--${name}: ${zodProblem(result.error.issues[0], "en")}`, command);
    return result.data;
  };
  // Check what can be checked before opening the database.
  check("email", emailSchema);
  const parseRole = () => check("role", roleSchema);
  if (values.role !== undefined) parseRole();

  await withMigratedDatabase(async () => {
    const email = values.email!;
    if (command === "create") {
      const { user, password, generated } = await users.createUser({
        email,
        name: values.name!,
        role: parseRole(),
        password: values.password,
      });
      console.log(`Created ${user.role} ${user.email} (${user.name}).`);
      if (generated) console.log(`Password (shown once): ${password}`);
    } else if (command === "role") {
      const user = await users.setRole(email, parseRole());
      console.log(`${user.email} is now ${user.role}.`);
    } else if (command === "disable") {
      const user = await users.disableUser(email);
      console.log(
        `Disabled ${user.email}; their sessions and tokens stop working at their next request.`,
      );
    } else if (command === "reset-password") {
      const { user, password } = await users.resetPassword(email, null, {
        revokeTokens: !keepTokens,
      });
      console.log(
        keepTokens
          ? `${user.email}'s sessions have ended; their API tokens are kept.`
          : `${user.email}'s sessions have ended and their API tokens are revoked.`,
      );
      console.log(`New password for ${user.email} (shown once): ${password}`);
    } else {
      const user = await users.findByEmail(email);
      const { token, record } = await createToken(user.id, values.name ?? "command line", null);
      console.log(`Created token "${record.name}" for ${user.email}. It is shown once:`);
      console.log(token);
    }
  });
}

main().catch(async (error) => {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const { zodProblem } = await import("@/lib/errors/zod");
    usageError(
      `${issue.path.length ? `--${issue.path.join(".")}` : "value"}: ${zodProblem(issue, "en")}`,
      process.argv[2],
    );
  }
  const { toCliExit } = await import("@/lib/errors/handle");
  const refused = toCliExit(error);
  if (refused) {
    console.error(`Error: ${refused.message}`);
    process.exit(refused.code);
  }
  exitWithError(error);
});
