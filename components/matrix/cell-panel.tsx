import { getTranslations } from "next-intl/server";
import { AnnotationForm } from "@/components/annotations/annotation-form";
import { AnnotationList } from "@/components/annotations/annotation-list";
import { EvidenceList } from "@/components/evidence/evidence-list";
import type { AnnotationView } from "@/lib/annotations/types";
import { SidePanel } from "@/components/shell/side-panel";
import type { CellDetail } from "@/lib/views/matrix";

/** The focused cell: full summary, the scale's rubric with this position marked, and the cited quotes. */
export async function CellPanel({ detail, annotations, canWrite }: { detail: CellDetail; annotations: AnnotationView[]; canWrite: boolean }) {
  const t = await getTranslations("matrix");
  const tc = await getTranslations("common");
  const ta = await getTranslations("annotations");
  return (
    <SidePanel title={`${detail.countryName} × ${detail.dimensionName}`} closeHref={detail.closeHref} closeLabel={tc("close")} testId="cell-panel" returnFocus={`[data-testid="cell-${detail.country}-${detail.dimension}"]`}>
      <p className="muted">{detail.description}</p>
      <h3>{t("panel.summary")}</h3>
      {detail.summary ? <p data-testid="cell-summary">{detail.summary}</p> : <p className="silent">{t("silent")}</p>}
      {detail.confidence && <p className="muted">{tc("evidence.confidence", { level: detail.confidence })}</p>}
      {detail.note && <p className="note">{tc("evidence.note")}: {detail.note}</p>}
      {detail.coverageNote && <p className="note">{t("panel.coverage")}: {detail.coverageNote}</p>}
      {detail.rubric && (
        <>
          <h3>{t("panel.rubric")}</h3>
          <ol className="rubric" data-testid="rubric">
            {detail.rubric.map((r) => (
              <li key={r.level} className={r.current ? "current" : undefined} aria-current={r.current ? "true" : undefined}>
                <span className={`chip level-${r.tone}`}>{r.level}</span>
                <div>
                  <strong>{r.label}</strong>
                  {r.current && <span className="badge">{t("panel.current")}</span>}
                  <p className="muted">{r.rubric}</p>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t("panel.evidence")}</h3>
      <EvidenceList evidence={detail.evidence} lang={detail.lang} />
      <h3>{ta("title")}</h3>
      <AnnotationList annotations={annotations} />
      {canWrite ? <AnnotationForm target={{ kind: "matrix-cell", country: detail.country, dimension: detail.dimension }} /> : <p className="muted">{ta("viewersRead")}</p>}
    </SidePanel>
  );
}
