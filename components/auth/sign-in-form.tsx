"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { messageForSignInError } from "@/lib/auth/messages";

export function SignInForm({ callbackUrl, initialError, oidcName }: { callbackUrl: string; initialError: string | null; oidcName: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const message = messageForSignInError(error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
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
        <span><span lang="zh-CN">邮箱</span> · <span lang="en">Email</span></span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        <span><span lang="zh-CN">密码</span> · <span lang="en">Password</span></span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {message && (
        <div role="alert" className="form-error" data-testid="signin-error">
          <p lang="zh-CN">{message.zh}</p>
          <p lang="en">{message.en}</p>
        </div>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "…" : (<><span lang="zh-CN">登录</span> · <span lang="en">Sign in</span></>)}
      </button>
      {oidcName && (
        <button type="button" className="secondary" onClick={() => signIn("oidc", { callbackUrl })}>
          {oidcName}
        </button>
      )}
    </form>
  );
}
