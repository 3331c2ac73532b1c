import type { Paper } from "@/lib/views/report/paper";

/** A4 or US Letter: two links back to the report, the current one marked. */
export function PaperChoice({
  paper,
  hrefs,
  labels,
}: {
  paper: Paper;
  hrefs: Record<Paper, string>;
  labels: Record<Paper | "label", string>;
}) {
  return (
    <span className="paper-choice" data-testid="report-paper">
      {labels.label}:{" "}
      {(["a4", "letter"] as const).map((p) => (
        <a
          key={p}
          href={hrefs[p]}
          aria-current={p === paper ? "true" : undefined}
          data-testid={`report-paper-${p}`}
        >
          {labels[p]}
        </a>
      ))}
    </span>
  );
}
