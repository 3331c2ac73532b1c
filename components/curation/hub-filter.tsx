import { getTranslations } from "next-intl/server";
import type { HubFilterLink } from "@/lib/views/curation/hub";

/** Links that filter the list by status; the URL keeps the choice. */
export async function HubFilter({ links }: { links: HubFilterLink[] }) {
  const t = await getTranslations("curation");
  return (
    <nav aria-label={t("hub.filter")} className="hub-filter">
      <span className="muted">{t("hub.filter")}</span>
      {links.map((l) => (
        <a key={l.status ?? "all"} href={l.href} aria-current={l.current ? "true" : undefined}>
          {l.status ? t(`status.${l.status}`) : t("hub.all")}
        </a>
      ))}
    </nav>
  );
}
