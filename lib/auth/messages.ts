/** Sign-in messages; the same one for an unknown email and a wrong password. */
export const signInMessages = {
  invalid: { zh: "邮箱或密码不正确。", en: "The email or password is not correct." },
  disabled: { zh: "此账户已被停用，请联系管理员。", en: "This account has been disabled; ask an administrator." },
  rateLimited: (minutes: number) => ({
    zh: `尝试次数过多，请 ${minutes} 分钟后再试。`,
    en: `Too many attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  }),
} as const;
