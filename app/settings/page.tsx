import { getTimeZone, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AccountPage } from "@/components/shell/app-frame";
import { TimeZoneForm } from "@/components/settings/time-zone-form";
import { DateTime } from "@/components/ui/date-time";
import { createTokenAction } from "@/lib/actions/tokens/create-token";
import { requestTimeZoneChosen } from "@/lib/i18n/request";
import { revokeTokenAction } from "@/lib/actions/tokens/revoke-token";
import { listTokens } from "@/lib/queries/tokens";
import { findNotifySettings } from "@/lib/queries/users";
import { updateNotificationsAction } from "@/lib/actions/settings/update-notifications";
import { loadAccountPage } from "@/lib/views/page";

export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const { user, lang } = await loadAccountPage("/settings");
  const [t, tz, tn, settings, tokens, zone, chosen] = await Promise.all([
    getTranslations("admin.tokens"),
    getTranslations("admin.timeZone"),
    getTranslations("admin.notifications"),
    findNotifySettings(user.id),
    listTokens(user.id),
    getTimeZone(),
    requestTimeZoneChosen(),
  ]);
  // The zones this server can format in; UTC first, as Intl's list leaves it out.
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  if (chosen && !zones.includes(zone)) zones.push(zone);
  return (
    <AccountPage user={user} lang={lang} path="/settings" title={t("title")}>
      <p className="subtitle">{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <section className="card">
        <ActionForm action={createTokenAction} submit={t("create")}>
          <input
            name="name"
            placeholder={t("name")}
            aria-label={t("name")}
            required
            maxLength={100}
          />
        </ActionForm>
      </section>
      <div className="table-scroll">
        <table data-testid="tokens">
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("prefix")}</th>
              <th>{t("created")}</th>
              <th>{t("lastUsed")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  <DateTime at={token.createdAt} />
                </td>
                <td>{token.lastUsedAt ? <DateTime at={token.lastUsedAt} /> : t("never")}</td>
                <td>
                  {token.revokedAt ? (
                    t("revoked")
                  ) : (
                    <ActionForm action={revokeTokenAction} submit={t("revoke")}>
                      <input type="hidden" name="id" value={token.id} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" data-testid="notification-settings">
        <h2>{tn("title")}</h2>
        <p className="muted">{tn("intro")}</p>
        <ActionForm action={updateNotificationsAction} submit={tn("save")}>
          <label className="checkbox">
            <input
              type="checkbox"
              name="notifyReplies"
              defaultChecked={settings?.notifyReplies ?? true}
            />{" "}
            {tn("replies")}
          </label>
        </ActionForm>
      </section>
      <section className="card" data-testid="time-zone">
        <h2>{tz("title")}</h2>
        <p className="muted">{tz("intro")}</p>
        <TimeZoneForm
          zones={zones}
          chosen={chosen ? zone : null}
          label={tz("label")}
          automatic={tz("automatic")}
        />
      </section>
    </AccountPage>
  );
}
