import { ActionForm } from "@/components/admin/action-form";
import { createTokenAction, revokeTokenAction } from "@/lib/actions/settings/tokens";
import { requireUser } from "@/lib/auth/require-user";
import { listTokens } from "@/lib/queries/users";

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const tokens = await listTokens(user.id);
  return (
    <main>
      <h1><span lang="zh-CN">API 令牌</span> · <span lang="en">API tokens</span></h1>
      <p className="subtitle">
        <span lang="zh-CN">在脚本中使用 <code>Authorization: Bearer 令牌</code> 调用 /api/v1，权限与您的角色相同。</span>{" "}
        <span lang="en">Use <code>Authorization: Bearer TOKEN</code> on /api/v1; a token has your role.</span>
      </p>
      <section className="card">
        <ActionForm action={createTokenAction} submit={{ zh: "创建令牌", en: "Create token" }}>
          <input name="name" placeholder="名称 · Name" aria-label="令牌名称 · Token name" required maxLength={100} />
        </ActionForm>
      </section>
      <table data-testid="tokens">
        <thead><tr><th>名称 · Name</th><th>前缀 · Prefix</th><th>创建 · Created</th><th>最近使用 · Last used</th><th /></tr></thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td><code>{t.prefix}…</code></td>
              <td>{t.createdAt.toISOString().slice(0, 10)}</td>
              <td>{t.lastUsedAt?.toISOString().slice(0, 16).replace("T", " ") ?? "—"}</td>
              <td>
                {t.revokedAt ? "已吊销 · revoked" : (
                  <ActionForm action={revokeTokenAction} submit={{ zh: "吊销", en: "Revoke" }}>
                    <input type="hidden" name="id" value={t.id} />
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
