import { requireUser } from "@/lib/auth/require-user";
import { requestLang } from "@/lib/i18n/request";

/** What a signed-in page outside the dashboard views starts from: the user and the language. */
export async function loadAccountPage(path: string) {
  const [user, lang] = await Promise.all([requireUser(path), requestLang()]);
  return { user, lang };
}
