import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth/require-user";
import { canManageUsers, roleLabels } from "@/lib/permissions";
import { countDataset } from "@/lib/queries/stats";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

const labels = {
  countries: { zh: "国家和地区", en: "countries and regions" },
  dimensions: { zh: "比较维度", en: "dimensions" },
  assessments: { zh: "评估", en: "assessments" },
  events: { zh: "时间线事件", en: "timeline events" },
  citations: { zh: "引文", en: "citations" },
  sources: { zh: "来源文档", en: "source documents" },
} as const;

export default async function HomePage() {
  const user = await requireUser("/");
  const db = await checkDatabase();
  const counts = db.ok ? await countDataset() : null;
  return (
    <main>
      <h1 lang="zh-CN">智慧城市比较</h1>
      <p className="subtitle" lang="en">Smart City Compare</p>
      <div className="account" data-testid="account">
        <span>{user.name} ({user.email}) · {roleLabels[user.role].zh} · {roleLabels[user.role].en}</span>
        <nav className="links">
          <a href="/settings">API 令牌 · API tokens</a>
          {canManageUsers(user) && <a href="/admin/users" data-testid="admin-link">用户 · Users</a>}
          {canManageUsers(user) && <a href="/admin/audit">审计日志 · Audit log</a>}
          <SignOutButton />
        </nav>
      </div>
      {counts === null ? (
        <section className="card error" role="alert">
          <p lang="zh-CN">无法连接数据库。</p>
          <p lang="en">The database cannot be reached.</p>
        </section>
      ) : (
        <ul className="stats" aria-label="数据集 · Dataset">
          {(Object.keys(labels) as (keyof typeof labels)[]).map((key) => (
            <li key={key} className="card">
              <div className="stat" data-testid={`count-${key}`}>{counts[key]}</div>
              <span lang="zh-CN">{labels[key].zh}</span> · <span lang="en">{labels[key].en}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
