import { getTranslations } from "next-intl/server";
import { PassageAnnotator } from "@/components/annotations/passage-annotator";
import { CiteThis } from "@/components/editing/cite-this";
import type { CurrentUser } from "@/lib/permissions";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import { canAnnotate, canManageSources, canProposeChanges } from "@/lib/permissions";
import type { SourceViewerModel } from "@/lib/views/sources/viewer";
import type { SourceVersionsModel } from "@/lib/views/sourcing/versions";
import { SourceVersions } from "@/components/sourcing/source-versions";
import { OrphanedAnnotations } from "./orphaned-annotations";
import { PassagePanel } from "./passage-panel";
import { SourceSummary } from "./source-summary";
import { SourceText } from "./source-text";

/**
 * The source document with every cited passage highlighted and every annotated one underlined, the
 * panel for the focused one, and the annotations the text no longer holds.
 */
export async function SourceViewer({
  model,
  lang,
  user,
  source,
  versions,
}: {
  model: SourceViewerModel;
  lang: Lang;
  user: CurrentUser;
  source: { key: string; text: string };
  /** The versions of the source and the one read; annotations belong to the latest only. */
  versions: SourceVersionsModel;
}) {
  const t = await getTranslations("sources.viewer");
  const focusedId = model.focused?.id ?? null;
  const textLang = model.meta.textLang;
  const text = (
    <SourceText
      blocks={model.blocks}
      marks={model.passages}
      notes={model.annotated}
      focusedId={focusedId}
      lang={textLang}
      uiLang={LOCALE_OF[lang]}
      label={t("textLabel")}
    />
  );
  return (
    <article className="source-viewer" aria-labelledby="source-title" data-source={model.meta.key}>
      <SourceSummary model={model} />
      <SourceVersions model={versions} canManage={canManageSources(user)} lang={lang} />
      <div className={focusedId ? "source-layout has-focus" : "source-layout"}>
        {canAnnotate(user) && versions.latest ? (
          <PassageAnnotator
            source={source}
            canCite={canProposeChanges(user)}
            actions={
              <CiteThis user={user} lang={lang} source={{ ...source, version: versions.version }} />
            }
          >
            {text}
          </PassageAnnotator>
        ) : (
          text
        )}
        <PassagePanel
          focused={model.focused}
          focusOrphaned={model.focusOrphaned !== null}
          textLang={textLang}
          lang={lang}
        />
      </div>
      <OrphanedAnnotations
        groups={model.orphaned}
        focusedId={model.focusOrphaned}
        textLang={textLang}
        user={user}
      />
    </article>
  );
}
