import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/permissions";
import type { FocusedPassage } from "@/lib/views/sources/viewer";
import { PassageAnnotations } from "./passage-annotations";

/** What cites the focused passage and its annotations; rendered from the URL, so a copied link shows the same panel. */
export async function PassagePanel({ focused, focusOrphaned, textLang, user }: { focused: FocusedPassage | null; focusOrphaned: boolean; textLang: string; user: CurrentUser }) {
  const t = await getTranslations("sources.panel");
  const tc = await getTranslations("common.evidence");
  return (
    <aside id="passage-panel" className={focused ? "passage-panel has-focus" : "passage-panel"} aria-labelledby="passage-panel-title" data-testid="passage-panel">
      <h2 id="passage-panel-title">{t("title")}</h2>
      {!focused ? (
        focusOrphaned ? (
          <p data-testid="panel-orphaned">{t("orphanedFocus")} <a href="#orphaned-annotations">{t("toOrphaned")}</a></p>
        ) : (
          <p className="muted">{t("hint")}</p>
        )
      ) : (
        <>
          <blockquote className="panel-quote" lang={textLang} data-testid="panel-quote">{focused.quote}</blockquote>
          {focused.translation && (
            <p className="translation" lang="en"><span className="label">{tc("translation")}:</span> {focused.translation}</p>
          )}
          {focused.cited ? (
            <>
              <h3>{t("citedBy", { count: focused.items.length })}</h3>
              <ul className="citing-list">
                {focused.items.map((item) => (
                  <li key={item.key} data-item={item.key}>
                    <span className="item-type">{t(`types.${item.type}`)}</span>
                    <a href={item.href}>{item.name}</a>
                    {item.detail && <span className="muted item-detail">{item.detail}</span>}
                    {item.translation && (
                      <p className="translation" lang="en"><span className="label">{tc("translation")}:</span> {item.translation}</p>
                    )}
                    {item.notes.map((note) => (
                      <p key={note} className="item-note"><span className="label">{tc("note")}:</span> {note}</p>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted" data-testid="panel-not-cited">{t("notCited")}</p>
          )}
          {focused.overlapping.length > 0 && (
            <>
              <h3>{t("overlapping")}</h3>
              <ul className="overlapping">
                {focused.overlapping.map((p) => (
                  <li key={p.id}>
                    <a href={p.href} lang={textLang}>{p.quote}</a>
                    {p.annotations > 0 && <span className="annotation-badge">{t("overlapAnnotations", { count: p.annotations })}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <PassageAnnotations focused={focused} user={user} />
          <p><a href={focused.closeHref} className="panel-close">{t("close")}</a></p>
        </>
      )}
    </aside>
  );
}
