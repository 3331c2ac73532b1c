import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/shell/app-frame";
import { DateTime } from "@/components/ui/date-time";
import { canViewAuditLog } from "@/lib/permissions";
import { listAuditEvents } from "@/lib/queries/audit";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function AuditPage() {
  const { user, lang } = await loadAccountPage("/admin/audit");
  const t = await getTranslations("admin.audit");
  if (!canViewAuditLog(user)) forbidden();
  const events = await listAuditEvents();
  return (
    <AccountPage user={user} lang={lang} path="/admin/audit" title={t("title")}>
      <div className="table-scroll">
        <table data-testid="audit">
          <thead>
            <tr>
              <th>{t("time")}</th>
              <th>{t("event")}</th>
              <th>{t("email")}</th>
              <th>{t("ip")}</th>
              <th>{t("detail")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <DateTime at={e.at} />
                </td>
                <td>{e.action}</td>
                <td>{e.email ?? ""}</td>
                <td>{e.ip ?? ""}</td>
                <td>
                  <code>{e.detail ? JSON.stringify(e.detail) : ""}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AccountPage>
  );
}
