import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/config/security-headers";

const nextConfig: NextConfig = {
  // pg, the Prisma runtime, resvg (native) and subset-font (harfbuzz WebAssembly) load native or
  // WebAssembly pieces at run time, and the font files are read from node_modules: keep them out of the bundle.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@electric-sql/pglite",
    "@resvg/resvg-js",
    "subset-font",
    "@expo-google-fonts/noto-sans-sc",
    // pdf.js (legacy build) loads its worker module and optional canvas binding at run time.
    "pdfjs-dist",
  ],
  poweredByHeader: false,
  // "use cache" alone, for the parts of pages that depend only on the published dataset version
  // and the view (components/charts/published-matrix.tsx). Not cacheComponents: every page reads
  // the session on every request and stays dynamic.
  // authInterrupts: forbidden() answers a page the reader's role does not allow with a 403 (app/forbidden.tsx).
  experimental: { useCache: true, authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

// next-intl without locale routing: the language comes from ?lang=, a cookie or Accept-Language.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
