import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { AccountPage } from "@/components/shell/app-frame";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestLang } from "@/lib/i18n/request";

/**
 * What `forbidden()` renders, with a 403: a page the reader's role does not allow, in the app's frame
 * and the reader's language. Pages redirect signed-out visitors before they get here.
 */
export default async function Forbidden() {
  const [user, lang, t] = await Promise.all([
    getCurrentUser(),
    requestLang(),
    getTranslations("admin"),
  ]);
  if (!user)
    return (
      <main>
        <NotAllowed />
      </main>
    );
  return (
    <AccountPage user={user} lang={lang} path="/" title={t("forbiddenTitle")}>
      <NotAllowed />
    </AccountPage>
  );
}
