import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/config/security-headers";

const nextConfig: NextConfig = {
  // pg and the Prisma runtime load native/WebAssembly pieces at run time; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

// next-intl without locale routing: the language comes from ?lang=, a cookie or Accept-Language.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
