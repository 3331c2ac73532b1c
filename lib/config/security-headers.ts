/**
 * Security headers. The static ones go on every response (next.config.ts); the Content Security
 * Policy and HSTS are set per request by the proxy (proxy.ts), since the policy carries that
 * request's nonce and HSTS depends on NEXTAUTH_URL at run time.
 */
export function securityHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}

/** A fresh nonce for one response's scripts. */
export const newNonce = () => btoa(crypto.randomUUID());

/**
 * Scripts run only with this response's nonce (Next.js puts it on its own scripts when it finds the
 * policy on the request); 'strict-dynamic' lets those scripts load the app's chunks, and nothing
 * else runs: no inline script an attacker could inject. Styles keep 'unsafe-inline' for the charts'
 * inline styles. Development also needs 'unsafe-eval' for React's tooling.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development") {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS, only when the app's public address (NEXTAUTH_URL) is https: two years, subdomains too. */
export function strictTransportSecurity(publicUrl = process.env.NEXTAUTH_URL): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}
