import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CurrentUser } from "@/lib/permissions";
import { canManageUsers, canViewAuditLog } from "@/lib/permissions";

export async function AccountMenu({ user }: { user: CurrentUser }) {
  const t = await getTranslations("common.account");
  const roles = await getTranslations("auth.roles");
  return (
    <details className="menu account-menu" data-testid="account">
      <summary aria-label={t("label")}>
        <span className="avatar" aria-hidden="true">
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="account-name">{user.name}</span>
      </summary>
      <div className="menu-body">
        <p className="muted">
          {user.email}
          <br />
          {roles(user.role)}
        </p>
        <a href="/settings">{t("tokens")}</a>
        {canManageUsers(user) && (
          <a href="/admin/users" data-testid="admin-link">
            {t("users")}
          </a>
        )}
        {canViewAuditLog(user) && <a href="/admin/audit">{t("audit")}</a>}
        <SignOutButton label={t("signOut")} />
      </div>
    </details>
  );
}
