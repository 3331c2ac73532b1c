import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Where Prisma may be imported: the queries and actions, the database client, and the launcher's migration tools. */
export const PRISMA_ALLOWED = [
  "lib/queries/**",
  "lib/actions/**",
  "lib/db/client.ts",
  "scripts/db/**",
  "prisma/engine/**",
  "**/*.test.ts",
  "**/*.test.tsx",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: PRISMA_ALLOWED,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "@/lib/generated/**", "**/lib/generated/**"],
              message:
                "Prisma is used only in lib/queries, lib/actions and lib/db/client.ts: call a query (docs/code-style.md).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
  ]),
]);
