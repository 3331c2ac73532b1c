"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { signInError } from "@/lib/auth/sign-in-errors";

export function SignInForm({
  callbackUrl,
  initialError,
  oidcName,
}: {
  callbackUrl: string;
  initialError: string | null;
  oidcName: string | null;
}) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const problem = signInError(error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setError(result?.error ?? "failed");
    }
  }

  return (
    <form className="card signin" onSubmit={onSubmit} noValidate>
      <label>
        <span>{t("email")}</span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {problem && (
        <div role="alert" className="form-error" data-testid="signin-error">
          <p>{t(`errors.${problem.key}`, { seconds: problem.seconds ?? 0 })}</p>
        </div>
      )}
      <button type="submit" disabled={pending} data-testid="signin-submit">
        {pending ? t("pending") : t("submit")}
      </button>
      {oidcName && (
        <button type="button" className="secondary" onClick={() => signIn("oidc", { callbackUrl })}>
          {oidcName}
        </button>
      )}
    </form>
  );
}
