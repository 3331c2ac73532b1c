import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // "server-only" throws outside Next's react-server build; the tests run the server code directly.
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "testing/empty-module.ts"),
    },
  },
  test: {
    include: ["{app,bench,components,lib,prisma,scripts,testing}/**/*.test.{ts,tsx}"],
    exclude: ["node_modules", ".next", "lib/generated/**"],
    globalSetup: ["testing/vitest-global-setup.ts"],
    setupFiles: ["testing/vitest-setup.ts"],
    pool: "forks",
    // One file at a time: the embedded PGlite serves a single backend.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
