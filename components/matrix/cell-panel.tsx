import { getTranslations } from "next-intl/server";
import { DetailPanel } from "@/components/detail/detail-panel";
import type { CellDetail } from "@/lib/charts/matrix/model";
import { cellDetailView } from "@/lib/views/details/charts";
import { LevelChip } from "./level-chip";

/** The focused cell in the detail panel, with the scale's rubric and this position marked. */
export async function CellPanel({ detail }: { detail: CellDetail }) {
  const t = await getTranslations("matrix.panel");
  return (
    <DetailPanel view={cellDetailView(detail)} testId="cell-panel" className="side">
      {detail.rubric && (
        <>
          <h3>{t("rubric")}</h3>
          <ol className="rubric" data-testid="rubric">
            {detail.rubric.map((r) => (
              <li
                key={r.level}
                className={r.current ? "current" : undefined}
                aria-current={r.current ? "true" : undefined}
              >
                <LevelChip tone={r.tone}>{r.level}</LevelChip>
                <div>
                  <strong>{r.label}</strong>
                  {r.current && <span className="badge">{t("current")}</span>}
                  <p className="muted">{r.rubric}</p>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </DetailPanel>
  );
}
