import type { MarkerTexts } from "../annotations";
import { AnnotationMarkers, round } from "../marks/annotation-marker";
import { assessmentMark } from "../mark-keys";
import { INK, LEVEL_TONES, TYPE } from "../style";
import type { MatrixLayout } from "./layout";

/** A scale position as a chip in its heatmap tone: "4/5 · Mainly top-down". */
export function LevelChip({
  x,
  y,
  width,
  text,
  tone,
}: {
  x: number;
  y: number;
  width: number;
  text: string;
  tone: number;
}) {
  const colors = LEVEL_TONES[tone] ?? LEVEL_TONES[3];
  return (
    <>
      <rect
        x={round(x)}
        y={round(y)}
        width={round(width)}
        height={20}
        rx={10}
        fill={colors.background}
      />
      <text
        x={round(x + 8)}
        y={round(y + 14)}
        fontSize={TYPE.tiny}
        fontWeight={700}
        fill={colors.color}
      >
        {text}
      </text>
    </>
  );
}

/** A reviewed assessment's check, drawn (not a font glyph, which the image fonts may lack). */
function ReviewedCheck({ x, y }: { x: number; y: number }) {
  return (
    <g className="reviewed-check">
      <circle cx={round(x)} cy={round(y)} r={8} fill="#dafbe1" stroke="#4ac26b" />
      <polyline
        points={`${round(x - 4)},${round(y)} ${round(x - 1)},${round(y + 3)} ${round(x + 4)},${round(y - 3)}`}
        fill="none"
        stroke="#116329"
        strokeWidth={1.8}
      />
    </g>
  );
}

/** The matrix for an exported image: countries across, dimensions down, each cell a mark with its chip, summary and numbered annotation markers. */
export function MatrixDrawing({
  layout: l,
  silent,
  markers,
}: {
  layout: MatrixLayout;
  silent: string;
  markers: MarkerTexts;
}) {
  return (
    <g className="matrix-drawing">
      <rect x={0} y={0} width={l.width} height={l.head} fill="#eef1f5" />
      {l.countries.map((c) => (
        <text key={c.key} x={round(c.x + 8)} y={21} fontSize={14} fontWeight={700} fill={INK.text}>
          {c.name}
        </text>
      ))}
      {l.rows.map((r) => (
        <g key={r.row.key}>
          <line x1={0} x2={l.width} y1={round(r.y)} y2={round(r.y)} stroke={INK.rule} />
          {r.name.map((line, k) => (
            <text
              key={k}
              x={8}
              y={round(r.y + 20 + k * 19)}
              fontSize={14}
              fontWeight={700}
              fill={INK.text}
            >
              {line}
            </text>
          ))}
          {r.cells.map(({ cell, x, chip, chipWidth, summary }) => {
            const mark = assessmentMark(cell.country, cell.dimension);
            const top = r.y + 10;
            const textTop = chip ? top + 28 : top;
            return (
              <g key={cell.country} data-mark={mark}>
                {chip && (
                  <LevelChip x={x + 8} y={top} width={chipWidth} text={chip} tone={cell.tone!} />
                )}
                {cell.reviewed && (
                  <ReviewedCheck x={Math.min(x + chipWidth + 22, x + l.column - 40)} y={top + 10} />
                )}
                {summary ? (
                  summary.map((line, k) => (
                    <text
                      key={k}
                      x={round(x + 8)}
                      y={round(textTop + 12 + k * 17)}
                      fontSize={TYPE.small}
                      fill={INK.text}
                    >
                      {line}
                    </text>
                  ))
                ) : (
                  <text
                    x={round(x + 8)}
                    y={round(textTop + 12)}
                    fontSize={TYPE.small}
                    fill={INK.muted}
                  >
                    {silent}
                  </text>
                )}
                {markers.byMark[mark] && (
                  <AnnotationMarkers
                    x={x + l.column - 14}
                    y={r.y + 14}
                    texts={markers.byMark[mark]}
                    target={mark}
                    step={-20}
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
      <line x1={0} x2={l.width} y1={round(l.bottom)} y2={round(l.bottom)} stroke={INK.rule} />
    </g>
  );
}
