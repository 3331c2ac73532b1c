import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { SignInThrottles } from "@/components/admin/sign-in-throttles";
import { AccountPage } from "@/components/shell/app-frame";
import { changeRoleAction } from "@/lib/actions/users/change-role";
import { createUserAction } from "@/lib/actions/users/create-user";
import { disableUserAction } from "@/lib/actions/users/disable-user";
import { resetPasswordAction } from "@/lib/actions/users/reset-password";
import { canManageUsers, ROLES } from "@/lib/permissions";
import { listUsers } from "@/lib/queries/users";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const { user, lang } = await loadAccountPage("/admin/users");
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("auth.roles");
  const roleSelect = (value?: string) => (
    <select name="role" defaultValue={value ?? "viewer"} aria-label={t("role")}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roles(role)}
        </option>
      ))}
    </select>
  );
  if (!canManageUsers(user)) forbidden();
  const users = await listUsers();
  return (
    <AccountPage user={user} lang={lang} path="/admin/users" title={t("title")}>
      <section className="card">
        <h2>{t("new")}</h2>
        <ActionForm action={createUserAction} submit={t("create")}>
          <input
            name="email"
            type="email"
            placeholder="email@example.com"
            aria-label={t("email")}
            required
          />
          <input name="name" placeholder={t("name")} aria-label={t("name")} required />
          {roleSelect()}
        </ActionForm>
      </section>
      <div className="table-scroll">
        <table className="users" data-testid="users">
          <thead>
            <tr>
              <th>{t("email")}</th>
              <th>{t("name")}</th>
              <th>{t("role")}</th>
              <th>{t("status")}</th>
              <th>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.name}</td>
                <td>
                  <ActionForm action={changeRoleAction} submit={t("changeRole")}>
                    <input type="hidden" name="email" value={u.email} />
                    {roleSelect(u.role)}
                  </ActionForm>
                </td>
                <td>{u.disabledAt ? t("disabled") : t("active")}</td>
                <td className="row-actions">
                  <ActionForm
                    action={resetPasswordAction}
                    submit={t("resetPassword")}
                    confirm={t("confirmReset", { email: u.email })}
                  >
                    <input type="hidden" name="email" value={u.email} />
                    <label className="inline-check">
                      <input type="checkbox" name="revokeTokens" defaultChecked />
                      {t("revokeTokens")}
                    </label>
                  </ActionForm>
                  {!u.disabledAt && u.id !== user.id && (
                    <ActionForm
                      action={disableUserAction}
                      submit={t("disable")}
                      confirm={t("confirmDisable", { email: u.email })}
                    >
                      <input type="hidden" name="email" value={u.email} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SignInThrottles />
    </AccountPage>
  );
}
