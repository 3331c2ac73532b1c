import type { Lang } from "@/lib/i18n/lang";
import { canProposeChanges, type CurrentUser } from "@/lib/permissions";
import { getSnapshot } from "@/lib/queries/snapshot";
import { citeOptions } from "@/lib/views/editing/options";
import { CiteDialog } from "./cite-dialog";

/** "Cite this" beside "Annotate" in the source viewer, for those who may propose changes. */
export async function CiteThis({
  user,
  lang,
  source,
}: {
  user: CurrentUser;
  lang: Lang;
  /** the source as viewed; `version` is the version whose text is shown (1 when absent) */
  source: { key: string; text: string; version?: number };
}) {
  if (!canProposeChanges(user)) return null;
  const { data } = await getSnapshot();
  return (
    <CiteDialog
      options={citeOptions(data, lang)}
      source={{ key: source.key, version: source.version ?? 1 }}
      text={source.text}
      lang={lang}
    />
  );
}
