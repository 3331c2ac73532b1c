import { createElement } from "react";
import { NO_MARKERS } from "@/lib/charts/annotations";
import type { ChosenAnnotations } from "@/lib/export/annotation-choice";
import { NO_NUMBERS, numberAnnotations, numberMarkers } from "@/lib/charts/numbering";
import { INK } from "@/lib/charts/style";
import type { ChartTarget } from "@/lib/charts/types";
import { countryName } from "@/lib/dataset/localize";
import type { Dataset } from "@/lib/dataset/schema";
import { BODY_WIDTH, type ExportImage } from "@/lib/export/image/frame";
import { formatList, translator } from "@/lib/i18n/translator";
import type { ViewState } from "@/lib/view-state/state";
import { CHARTS, type ChartExtras } from "./registry";

/**
 * A chart (or the matrix) as an exported image: the registry's view model and export drawing for
 * the view state asked, the frame's words, and with `annotations` the team's notes numbered on
 * the marks and in a legend.
 */
export function chartImage(
  chart: ChartTarget,
  data: Dataset,
  state: ViewState,
  /** The annotations the analyst chose to draw, numbered with a legend; null for none. */
  annotations: ChosenAnnotations | null,
  now = new Date(),
  /** the dataset version drawn, named in the credit line so a figure can be cited */
  version?: number,
  /** the reviewed marks, when the image shows the current published data */
  extras?: ChartExtras,
): ExportImage {
  const t = translator(state.lang);
  const entry = CHARTS[chart];
  const model = entry.build(data, state, extras);
  const numbers = annotations
    ? numberAnnotations(annotations.items, chart, annotations.limit, annotations.total)
    : NO_NUMBERS;
  const layout = entry.layout(model, BODY_WIDTH);
  const body = model.empty
    ? createElement("text", { x: 0, y: 24, fontSize: 15, fill: INK.muted }, t("charts.empty"))
    : entry.exportBody(layout, annotations ? numberMarkers(numbers) : NO_MARKERS, model, state);
  return {
    body,
    bodyHeight: model.empty ? 40 : layout.height,
    legend: annotations ? numbers.legend : null,
    words: {
      title: model.title,
      countries: formatList(
        state.countries.map((c) => countryName(data, c, state.lang)),
        state.lang,
      ),
      sourcesLine: t("common.evidence.sourcesLine", {
        sources: model.sources.join(t("common.separator")),
      }),
      caveats: model.caveats,
      credit:
        version === undefined
          ? t("common.export.credit", {
              product: t("common.product"),
              date: now.toISOString().slice(0, 10),
            })
          : t("common.export.creditVersion", {
              product: t("common.product"),
              version,
              date: now.toISOString().slice(0, 10),
            }),
      legendTitle: t("common.export.legendTitle"),
      moreAnnotations:
        numbers.more > 0 ? t("common.export.moreNotes", { count: numbers.more }) : null,
    },
  };
}
