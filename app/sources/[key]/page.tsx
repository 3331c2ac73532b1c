import { getTimeZone } from "next-intl/server";
import { notFound } from "next/navigation";
import { RefreshOn } from "@/components/annotations/refresh-on";
import { SourceViewer } from "@/components/sources/source-viewer";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { withFocusMissing, type SearchParams } from "@/lib/view-state/state";
import { viewAnnotations } from "@/lib/views/annotations";
import { findSource, versionOf } from "@/lib/dataset/sources";
import { loadView } from "@/lib/views/context";
import { buildSourceViewer } from "@/lib/views/sources/viewer";
import { listSources } from "@/lib/queries/sources";
import { buildSourceVersions, parseSourceVersion } from "@/lib/views/sourcing/versions";

export const dynamic = "force-dynamic";

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ key: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { key } = await params;
  const context = await loadView(`/sources/${encodeURIComponent(key)}`, searchParams);
  // The same cached query as the annotations drawer; passage annotations are re-anchored in the model.
  const { annotations } = await viewAnnotations(context.user, context.path);
  // `sv=N` reads an older version of the document; passage annotations belong to the latest.
  const sv = parseSourceVersion((await searchParams).sv);
  const latest = sv === null || sv === versionOf(findSource(context.data, key) ?? {});
  const model = buildSourceViewer(
    context.data,
    context.state,
    key,
    latest ? annotations : [],
    latest ? null : sv,
  );
  if (!model) notFound(); // layout.tsx answers 404 first, before loading.tsx starts streaming
  const source = findSource(context.data, key, latest ? undefined : sv)!;
  const stored = (await listSources()).find((s) => s.key === key)?.versions ?? [];
  return (
    <DashboardFrame
      context={{ ...context, problems: withFocusMissing(context.problems, model.focusMissing) }}
      active="sources"
    >
      <SourceViewer
        model={model}
        lang={context.lang}
        user={context.user}
        source={{ key: source.key, text: source.text }}
        versions={buildSourceVersions(
          context.data,
          source,
          stored,
          context.lang,
          await getTimeZone(),
        )}
      />
      {/* The passages' highlights are drawn on the server: a change on this source draws them again. */}
      <RefreshOn prefixes={[`source-passage:${key}:`]} />
    </DashboardFrame>
  );
}
