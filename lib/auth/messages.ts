/** Sign-in messages; the same one for an unknown email and a wrong password. */
export const signInMessages = {
  invalid: { zh: "邮箱或密码不正确。", en: "The email or password is not correct." },
  disabled: { zh: "此账户已被停用，请联系管理员。", en: "This account has been disabled; ask an administrator." },
  oidcUnknown: { zh: "此单点登录账户在本系统中没有对应用户。", en: "This single sign-on account has no user here." },
  failed: { zh: "登录失败，请重试。", en: "Sign-in failed; please try again." },
  rateLimited: (minutes: number) => ({
    zh: `尝试次数过多，请 ${minutes} 分钟后再试。`,
    en: `Too many attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  }),
} as const;

/** The message for an error code from the credentials provider or next-auth. */
export function messageForSignInError(code: string | null | undefined): { zh: string; en: string } | null {
  if (!code) return null;
  if (code === "invalid" || code === "CredentialsSignin") return signInMessages.invalid;
  if (code === "disabled") return signInMessages.disabled;
  if (code === "oidc-unknown" || code === "AccessDenied") return signInMessages.oidcUnknown;
  const limited = /^rate-limited:(\d+)$/.exec(code);
  if (limited) return signInMessages.rateLimited(Number(limited[1]));
  return signInMessages.failed;
}
