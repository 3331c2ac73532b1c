import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/lang";

/** The other curation pages; adding a source is for editors. */
export async function HubLinks({ lang, canAddSource }: { lang: Lang; canAddSource: boolean }) {
  const t = await getTranslations("curation.hub");
  const links = [
    { href: "/curation/draft", label: t("draft") },
    { href: "/curation/changes", label: t("changes") },
    { href: "/curation/versions", label: t("versions") },
    ...(canAddSource ? [{ href: "/sources/new", label: t("addSource") }] : []),
  ];
  return (
    <nav aria-label={t("links")} className="hub-links">
      {links.map((l) => (
        <a key={l.href} href={`${l.href}?lang=${lang}`} className="button-link">
          {l.label}
        </a>
      ))}
    </nav>
  );
}
