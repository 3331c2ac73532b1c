import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and the Prisma runtime load native/WebAssembly pieces at run time; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
};

export default nextConfig;
