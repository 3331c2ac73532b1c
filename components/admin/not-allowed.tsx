import { getTranslations } from "next-intl/server";

export async function NotAllowed() {
  const t = await getTranslations("admin");
  return (
    <section className="card error" role="alert">
      <p>{t("notAllowed")}</p>
    </section>
  );
}
