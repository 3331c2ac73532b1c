import { getTranslations } from "next-intl/server";
import { DetailAnnotations } from "@/components/detail/detail-annotations";
import { DetailPanel } from "@/components/detail/detail-panel";
import type { Lang } from "@/lib/i18n/lang";
import { passageDetailView } from "@/lib/views/details/passage";
import type { FocusedPassage } from "@/lib/views/sources/viewer";

/** What cites the focused passage and its annotations, in the detail panel; rendered from the URL, so a copied link shows the same panel. */
export async function PassagePanel({
  focused,
  focusOrphaned,
  textLang,
  lang,
}: {
  focused: FocusedPassage | null;
  focusOrphaned: boolean;
  textLang: string;
  lang: Lang;
}) {
  const t = await getTranslations("sources");
  const tc = await getTranslations("common.evidence");
  if (!focused) {
    return (
      <aside className="passage-hint" data-testid="passage-panel">
        {focusOrphaned ? (
          <p data-testid="panel-orphaned">
            {t("panel.orphanedFocus")} <a href="#orphaned-annotations">{t("panel.toOrphaned")}</a>
          </p>
        ) : (
          <p className="muted">{t("panel.hint")}</p>
        )}
      </aside>
    );
  }
  const given = [
    ...(focused.annotations.length > 0 || focused.moved.length === 0
      ? [{ annotations: focused.annotations }]
      : []),
    ...(focused.moved.length > 0
      ? [
          {
            annotations: focused.moved,
            heading: `${t("annotated.moved")} · ${t("panel.movedTitle", { count: focused.moved.length })}`,
            testId: "moved-annotations",
          },
        ]
      : []),
  ];
  return (
    <DetailPanel
      view={passageDetailView(focused, lang)}
      testId="passage-panel"
      className="passage"
      annotations={
        <DetailAnnotations
          key={focused.id}
          target={focused.target}
          keys={[]}
          given={given}
          testId="passage-annotations"
        />
      }
    >
      <blockquote className="panel-quote" lang={textLang} data-testid="panel-quote">
        {focused.quote}
      </blockquote>
      {focused.translation && (
        <p className="translation" lang="en">
          <span className="label">{tc("translation")}:</span> {focused.translation}
        </p>
      )}
      {focused.cited ? (
        <>
          <h3>{t("panel.citedBy", { count: focused.items.length })}</h3>
          <ul className="citing-list">
            {focused.items.map((item) => (
              <li key={item.key} data-item={item.key}>
                <span className="item-type">{t(`panel.types.${item.type}`)}</span>
                <a href={item.href}>{item.name}</a>
                {item.detail && <span className="muted item-detail">{item.detail}</span>}
                {item.translation && (
                  <p className="translation" lang="en">
                    <span className="label">{tc("translation")}:</span> {item.translation}
                  </p>
                )}
                {item.notes.map((note) => (
                  <p key={note} className="item-note">
                    <span className="label">{tc("note")}:</span> {note}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted" data-testid="panel-not-cited">
          {t("panel.notCited")}
        </p>
      )}
      {focused.overlapping.length > 0 && (
        <>
          <h3>{t("panel.overlapping")}</h3>
          <ul className="overlapping">
            {focused.overlapping.map((p) => (
              <li key={p.id}>
                <a href={p.href} lang={textLang}>
                  {p.quote}
                </a>
                {p.annotations > 0 && (
                  <span className="annotation-badge">
                    {t("panel.overlapAnnotations", { count: p.annotations })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </DetailPanel>
  );
}
