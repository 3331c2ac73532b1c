import { getTranslations } from "next-intl/server";
import { VIEW_PATH, type AnnotationTarget } from "@/lib/annotations/targets";
import { MAX_EXPORT_LIMIT } from "@/lib/api/annotation-params";
import { canAnnotate, canExport } from "@/lib/permissions";
import { toSearch } from "@/lib/view-state/state";
import { describeTarget } from "@/lib/views/annotation-targets";
import { panelStart, panelWords } from "@/lib/views/annotation-threads";
import type { ViewContext } from "@/lib/views/context";
import { countryName } from "@/lib/dataset/localize";
import { AnnotationsDrawer } from "./annotations-drawer";
import { DEVELOPMENT_MODEL, DIRECTION_DIMENSIONS } from "@/lib/dataset/directions";

/** The side panel of the current view's annotations, prepared on the server for the drawer. */
export async function ViewAnnotations({ context }: { context: ViewContext }) {
  const { user, data, state, lang, path } = context;
  if (!VIEW_PATH.test(path)) return null; // a page that is no view of the data (the printable report)
  const [start, t] = await Promise.all([panelStart(context), getTranslations("annotations")]);
  const words = panelWords(data, lang);
  const viewName = words.view;

  // What a new note from the panel can be attached to: the view, and on the lanes charts the chosen years.
  const targets: { label: string; target: AnnotationTarget }[] = [
    { label: t("attach.view", { view: viewName(path) }), target: { kind: "view", path } },
  ];
  const chart = path.match(/^\/charts\/(timeline|data-laws)$/)?.[1] as
    "timeline" | "data-laws" | undefined;
  if (chart && state.from !== null && state.to !== null) {
    const years = state.from === state.to ? String(state.from) : `${state.from}–${state.to}`;
    targets.push({
      label: t("attach.range", { years }),
      target: { kind: "chart-range", chart, from: state.from, to: state.to },
    });
    for (const c of state.countries) {
      targets.push({
        label: t("attach.countryRange", { years, country: countryName(data, c, lang) }),
        target: { kind: "chart-range", chart, country: c, from: state.from, to: state.to },
      });
    }
  }
  // Points of the charts without a details panel: each country's position on each axis.
  const points: AnnotationTarget[] =
    path === "/charts/radar"
      ? state.countries.flatMap((country) =>
          data.dimensions
            .filter((d) => d.scale && !DIRECTION_DIMENSIONS.has(d.key))
            .map((d) => ({ kind: "assessment" as const, country, dimension: d.key })),
        )
      : path === "/charts/development-model"
        ? state.countries.map((country) => ({
            kind: "assessment" as const,
            country,
            dimension: DEVELOPMENT_MODEL,
          }))
        : [];
  targets.push(
    ...points.map((target) => ({ label: describeTarget(target, data, lang, words), target })),
  );
  const exportBase = canExport(user)
    ? `/api/v1/annotations?view=${encodeURIComponent(path)}&limit=${MAX_EXPORT_LIMIT}&lang=${lang}`
    : null;
  return (
    <AnnotationsDrawer
      view={path}
      stateQuery={toSearch(state).slice(1)}
      start={start}
      canWrite={canAnnotate(user)}
      targets={targets}
      viewName={viewName(path)}
      exportBase={exportBase}
    />
  );
}
