/** The auth.errors message for an error code from the credentials provider or next-auth; the same one for an unknown email and a wrong password. */
export function signInError(code: string | null | undefined): {
  key: "invalid" | "disabled" | "oidcUnknown" | "failed" | "rateLimited";
  seconds?: number;
} | null {
  if (!code) return null;
  if (code === "invalid" || code === "CredentialsSignin") return { key: "invalid" };
  if (code === "disabled") return { key: "disabled" };
  if (code === "oidc-unknown" || code === "AccessDenied") return { key: "oidcUnknown" };
  const limited = /^rate-limited:(\d+)$/.exec(code);
  if (limited) return { key: "rateLimited", seconds: Number(limited[1]) };
  return { key: "failed" };
}
