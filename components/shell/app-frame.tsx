import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { canSeeChangeRequests, type CurrentUser } from "@/lib/permissions";
import type { Lang } from "@/lib/i18n/lang";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";
import { TopbarHeight } from "./topbar-height";

export type ActiveTab = "overview" | "matrix" | "charts" | "sources" | "curation" | null;

/**
 * The frame of every signed-in page: the product, the views, page tools (the dashboard's country
 * picker and annotations), the language switch and the account menu. `link` makes a view's link
 * keep what the reader chose (countries, language); `langHref` is this page in another language.
 */
export async function AppFrame({
  user,
  lang,
  active,
  link,
  langHref,
  tools,
  live = false,
  children,
}: {
  user: CurrentUser;
  lang: Lang;
  active: ActiveTab;
  link: (path: string) => string;
  langHref: (lang: Lang) => string;
  tools?: ReactNode;
  /** The page keeps the annotations' stream open (LiveRefresh): the bell listens to it. */
  live?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  const current = (tab: ActiveTab) => (tab === active ? ("page" as const) : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="topbar">
        <a className="brand" href={link("/")}>
          {t("product")}
        </a>
        <nav aria-label={t("nav.label")} className="tabs">
          <a href={link("/")} aria-current={current("overview")}>
            {t("nav.overview")}
          </a>
          <a href={link("/matrix")} aria-current={current("matrix")}>
            {t("nav.matrix")}
          </a>
          <a href={link("/charts/radar")} aria-current={current("charts")}>
            {t("nav.charts")}
          </a>
          <a href={link("/sources")} aria-current={current("sources")}>
            {t("nav.sources")}
          </a>
          {canSeeChangeRequests(user) && (
            <a href={link("/curation")} aria-current={current("curation")}>
              {t("nav.curation")}
            </a>
          )}
        </nav>
        <div className="tools">
          {tools}
          <NotificationBell ownStream={!live} />
          <LanguageSwitch current={lang} href={langHref} />
          <AccountMenu user={user} />
        </div>
        <TopbarHeight />
      </header>
      {children}
    </>
  );
}

/** A signed-in page outside the dashboard views (tokens, users, audit log), in the same frame. */
export async function AccountPage({
  user,
  lang,
  path,
  title,
  active = null,
  query = "",
  children,
}: {
  user: CurrentUser;
  lang: Lang;
  path: string;
  title: string;
  /** the tab this page belongs to (curation pages), none for account pages */
  active?: ActiveTab;
  /** the page's own query (without lang), kept when the language is switched */
  query?: string;
  children: ReactNode;
}) {
  return (
    <AppFrame
      user={user}
      lang={lang}
      active={active}
      link={(to) => `${to}?lang=${lang}`}
      langHref={(to) => `${path}?${query ? `${query}&` : ""}lang=${to}`}
    >
      <main id="main" tabIndex={-1} className="account-page">
        <h1>{title}</h1>
        {children}
      </main>
    </AppFrame>
  );
}
