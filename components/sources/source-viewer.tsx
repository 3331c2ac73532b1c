import { getTranslations } from "next-intl/server";
import { LOCALE_OF, type Lang } from "@/lib/i18n/lang";
import type { SourceViewerModel } from "@/lib/views/sources/viewer";
import { PassagePanel } from "./passage-panel";
import { SourceSummary } from "./source-summary";
import { SourceText } from "./source-text";

/** The source document with every cited passage highlighted, and the panel for the focused one. */
export async function SourceViewer({ model, lang }: { model: SourceViewerModel; lang: Lang }) {
  const t = await getTranslations("sources.viewer");
  const focusedId = model.focused?.id ?? null;
  return (
    <article className="source-viewer" aria-labelledby="source-title" data-source={model.meta.key}>
      <SourceSummary model={model} />
      <div className={focusedId ? "source-layout has-focus" : "source-layout"}>
        <SourceText blocks={model.blocks} marks={model.passages} focusedId={focusedId} lang={model.meta.textLang} uiLang={LOCALE_OF[lang]} label={t("textLabel")} />
        <PassagePanel focused={model.focused} textLang={model.meta.textLang} />
      </div>
    </article>
  );
}
