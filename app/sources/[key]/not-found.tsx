import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** An unknown source key. */
export default async function SourceNotFound() {
  const t = await getTranslations("common.states");
  const ts = await getTranslations("sources.viewer");
  return (
    <main className="dashboard">
      <p className="empty-state" data-testid="not-found">
        {t("notFound")}
      </p>
      <p>
        <Link href="/sources">← {ts("back")}</Link>
      </p>
    </main>
  );
}
