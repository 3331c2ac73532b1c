import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common.states");
  return (
    <main>
      <section className="card" data-testid="not-found">
        <h1>404</h1>
        <p>{t("notFound")}</p>
        <Link href="/">{t("home")}</Link>
      </section>
    </main>
  );
}
