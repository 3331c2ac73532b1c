import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallback } from "@/lib/auth/require-user";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <main className="narrow">
      <h1 lang="zh-CN">智慧城市比较</h1>
      <p className="subtitle" lang="en">Smart City Compare</p>
      <SignInForm callbackUrl={target} initialError={error ?? null} oidcName={process.env.OIDC_ISSUER ? (process.env.OIDC_NAME ?? "Single sign-on") : null} />
    </main>
  );
}
