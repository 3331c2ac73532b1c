import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallback } from "@/lib/auth/require-user";
import { requestLang } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const [t, lang] = await Promise.all([getTranslations("auth"), requestLang()]);
  const here = (to: string) =>
    `/signin?${new URLSearchParams({ ...(callbackUrl ? { callbackUrl: target } : {}), lang: to })}`;
  return (
    <main className="narrow">
      <div className="signin-head">
        <h1>{t("product")}</h1>
        <LanguageSwitch current={lang} href={here} />
      </div>
      <p className="subtitle">{t("title")}</p>
      <SignInForm
        callbackUrl={target}
        initialError={error ?? null}
        oidcName={process.env.OIDC_ISSUER ? (process.env.OIDC_NAME ?? t("singleSignOn")) : null}
      />
    </main>
  );
}
