import { NotAllowed } from "@/components/admin/not-allowed";
import { requireUser } from "@/lib/auth/require-user";
import { canViewAuditLog } from "@/lib/permissions";
import { listAuditEvents } from "@/lib/queries/users";

export const dynamic = "force-dynamic";

export default async function AuditPage() {
  const user = await requireUser("/admin/audit");
  if (!canViewAuditLog(user)) return <main><NotAllowed /></main>;
  const events = await listAuditEvents();
  return (
    <main>
      <h1><span lang="zh-CN">审计日志</span> · <span lang="en">Audit log</span></h1>
      <table data-testid="audit">
        <thead><tr><th>时间 · Time (UTC)</th><th>事件 · Event</th><th>邮箱 · Email</th><th>IP</th><th>详情 · Detail</th></tr></thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td>{e.action}</td>
              <td>{e.email ?? ""}</td>
              <td>{e.ip ?? ""}</td>
              <td><code>{e.detail ? JSON.stringify(e.detail) : ""}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
