import { ActionForm } from "@/components/admin/action-form";
import { NotAllowed } from "@/components/admin/not-allowed";
import { changeRoleAction, createUserAction, disableUserAction, resetPasswordAction } from "@/lib/actions/admin/users";
import { requireUser } from "@/lib/auth/require-user";
import { canManageUsers, ROLES, roleLabels } from "@/lib/permissions";
import { listUsers } from "@/lib/queries/users";

export const dynamic = "force-dynamic";

const RoleSelect = ({ value }: { value?: string }) => (
  <select name="role" defaultValue={value ?? "viewer"} aria-label="角色 · Role">
    {ROLES.map((role) => <option key={role} value={role}>{roleLabels[role].zh} · {roleLabels[role].en}</option>)}
  </select>
);

export default async function AdminUsersPage() {
  const user = await requireUser("/admin/users");
  if (!canManageUsers(user)) return <main><NotAllowed /></main>;
  const users = await listUsers();
  return (
    <main>
      <h1><span lang="zh-CN">用户</span> · <span lang="en">Users</span></h1>
      <section className="card">
        <h2><span lang="zh-CN">新建用户</span> · <span lang="en">New user</span></h2>
        <ActionForm action={createUserAction} submit={{ zh: "创建", en: "Create" }}>
          <input name="email" type="email" placeholder="email@example.com" aria-label="邮箱 · Email" required />
          <input name="name" placeholder="姓名 · Name" aria-label="姓名 · Name" required />
          <RoleSelect />
        </ActionForm>
      </section>
      <table className="users" data-testid="users">
        <thead><tr><th>邮箱 · Email</th><th>姓名 · Name</th><th>角色 · Role</th><th>状态 · Status</th><th /></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>
                <ActionForm action={changeRoleAction} submit={{ zh: "改角色", en: "Change" }}>
                  <input type="hidden" name="email" value={u.email} />
                  <RoleSelect value={u.role} />
                </ActionForm>
              </td>
              <td>{u.disabledAt ? "已停用 · disabled" : "正常 · active"}</td>
              <td className="row-actions">
                <ActionForm action={resetPasswordAction} submit={{ zh: "重置密码", en: "Reset password" }} confirm={{ zh: `为 ${u.email} 设置新的随机密码？`, en: `Set a new random password for ${u.email}?` }}>
                  <input type="hidden" name="email" value={u.email} />
                </ActionForm>
                {!u.disabledAt && u.id !== user.id && (
                  <ActionForm action={disableUserAction} submit={{ zh: "停用", en: "Disable" }} confirm={{ zh: `停用 ${u.email}？其会话和令牌将立即失效。`, en: `Disable ${u.email}? Their sessions and tokens stop working at once.` }}>
                    <input type="hidden" name="email" value={u.email} />
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
