import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{app,components,lib,prisma,scripts,testing}/**/*.test.{ts,tsx}"],
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
