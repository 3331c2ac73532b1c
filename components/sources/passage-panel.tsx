import { getTranslations } from "next-intl/server";
import type { FocusedPassage } from "@/lib/views/sources/viewer";

/** What cites the focused passage; rendered from the URL, so a copied link shows the same panel. */
export async function PassagePanel({ focused, textLang }: { focused: FocusedPassage | null; textLang: string }) {
  const t = await getTranslations("sources.panel");
  const tc = await getTranslations("common.evidence");
  return (
    <aside id="passage-panel" className={focused ? "passage-panel has-focus" : "passage-panel"} aria-labelledby="passage-panel-title" data-testid="passage-panel">
      <h2 id="passage-panel-title">{t("title")}</h2>
      {!focused ? (
        <p className="muted">{t("hint")}</p>
      ) : (
        <>
          <blockquote className="panel-quote" lang={textLang} data-testid="panel-quote">{focused.quote}</blockquote>
          {focused.translation && (
            <p className="translation" lang="en"><span className="label">{tc("translation")}:</span> {focused.translation}</p>
          )}
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
          {focused.overlapping.length > 0 && (
            <>
              <h3>{t("overlapping")}</h3>
              <ul className="overlapping">
                {focused.overlapping.map((p) => <li key={p.id}><a href={p.href} lang={textLang}>{p.quote}</a></li>)}
              </ul>
            </>
          )}
          <p><a href={focused.closeHref} className="panel-close">{t("close")}</a></p>
        </>
      )}
    </aside>
  );
}
