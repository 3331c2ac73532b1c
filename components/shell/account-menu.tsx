import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Lang } from "@/lib/i18n/lang";
import { canManageUsers, canViewAuditLog, roleLabels } from "@/lib/permissions";

export async function AccountMenu({ user, lang }: { user: CurrentUser; lang: Lang }) {
  const t = await getTranslations("common.account");
  return (
    <details className="menu account-menu" data-testid="account">
      <summary aria-label={t("label")}>
        <span className="avatar" aria-hidden="true">{user.name.slice(0, 1).toUpperCase()}</span>
        <span className="account-name">{user.name}</span>
      </summary>
      <div className="menu-body">
        <p className="muted">{user.email}<br />{roleLabels[user.role][lang]}</p>
        <a href="/settings">{t("tokens")}</a>
        {canManageUsers(user) && <a href="/admin/users" data-testid="admin-link">{t("users")}</a>}
        {canViewAuditLog(user) && <a href="/admin/audit">{t("audit")}</a>}
        <SignOutButton label={t("signOut")} />
      </div>
    </details>
  );
}
