import { ComparisonMatrix } from "@/components/matrix/comparison-matrix";
import { MatrixDrawing } from "@/lib/charts/matrix/drawing";
import { matrixLayout } from "@/lib/charts/matrix/layout";
import { buildMatrix, type MatrixData } from "@/lib/charts/matrix/model";
import { translator } from "@/lib/i18n/translator";
import { entry } from "../entry";

/** The matrix's definition: the matrix page imports it alone, without the charts' code. */
export const MATRIX_ENTRY = entry<MatrixData, ReturnType<typeof matrixLayout>>({
  build: (data, state, extras) => buildMatrix(data, state, extras),
  layout: (m, width) => matrixLayout(m.data, width),
  exportBody: (l, markers, _m, s) => (
    <MatrixDrawing layout={l} silent={translator(s.lang)("matrix.silent")} markers={markers} />
  ),
  screen: (m, s, path, annotations, tools) => (
    <ComparisonMatrix
      matrix={m.data}
      state={s}
      path={path}
      annotations={annotations}
      tools={tools}
    />
  ),
});
