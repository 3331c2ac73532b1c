import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { DateTime } from "@/components/ui/date-time";
import { clearThrottleAction } from "@/lib/actions/users/clear-throttle";
import { currentThrottles } from "@/lib/auth/rate-limit";

/** The sign-in throttles in force, each with a button that clears it (audited). */
export async function SignInThrottles() {
  const [throttles, t] = await Promise.all([
    currentThrottles(),
    getTranslations("admin.throttles"),
  ]);
  return (
    <section className="card" data-testid="throttles">
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {throttles.length === 0 ? (
        <p data-testid="no-throttles">{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t("kind")}</th>
                <th>{t("email")}</th>
                <th>{t("ip")}</th>
                <th>{t("failures")}</th>
                <th>{t("last")}</th>
                <th>{t("wait")}</th>
                <th>
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {throttles.map((throttle) => (
                <tr key={throttle.key} data-testid="throttle">
                  <td>{t(throttle.kind)}</td>
                  <td>{throttle.email ?? t("anyAccount")}</td>
                  <td>{throttle.ip ?? t("unknownAddress")}</td>
                  <td>{throttle.failures}</td>
                  <td>
                    <DateTime at={throttle.lastAt} />
                  </td>
                  <td>
                    {throttle.waitSeconds > 0
                      ? t("waits", { seconds: throttle.waitSeconds })
                      : t("nextFailureWaits")}
                  </td>
                  <td>
                    <ActionForm action={clearThrottleAction} submit={t("clear")}>
                      <input type="hidden" name="key" value={throttle.key} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
