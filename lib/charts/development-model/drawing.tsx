import { DEVELOPMENT_MODEL } from "@/lib/dataset/directions";
import type { MarkerTexts } from "../annotations";
import { AnnotationMarkers, round } from "../marks/annotation-marker";
import { assessmentMark } from "../mark-keys";
import { INK, TYPE } from "../style";
import { AXIS_LINE, type DevelopmentModelLayout } from "./layout";
import { PositionBar } from "./marks";

/** The development-model chart for an exported image: the two ends named, a tick per level, a bar per country, numbered annotation markers. */
export function DevelopmentModelDrawing({
  layout: l,
  ends,
  markers,
}: {
  layout: DevelopmentModelLayout;
  ends: [string, string];
  markers: MarkerTexts;
}) {
  return (
    <g className="development-model-drawing">
      <text x={l.ends.left} y={14} fontSize={TYPE.label} fill={INK.muted}>
        {ends[0]}
      </text>
      <text x={l.ends.right} y={14} fontSize={TYPE.label} fill={INK.muted} textAnchor="end">
        {ends[1]}
      </text>
      {l.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={round(tick.x)}
            x2={round(tick.x)}
            y1={l.top}
            y2={l.bottom}
            stroke={tick.middle ? INK.muted : INK.rule}
          />
          <text
            x={round(tick.x)}
            y={l.bottom + 18}
            fontSize={TYPE.small}
            textAnchor="middle"
            fill={INK.muted}
          >
            {tick.lines.map((line, i) => (
              <tspan key={i} x={round(tick.x)} dy={i === 0 ? 0 : AXIS_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {l.bars.map((b) => {
        const mark = assessmentMark(b.bar.country, DEVELOPMENT_MODEL);
        return (
          <g key={b.bar.country}>
            <text
              x={LEFT_LABEL(l)}
              y={b.y + 19}
              fontSize={14}
              fontWeight={700}
              textAnchor="end"
              fill={INK.text}
            >
              {b.bar.name}
            </text>
            <PositionBar
              x={b.x}
              y={b.y}
              width={b.width}
              height={b.height}
              color={b.bar.color}
              country={b.bar.country}
            />
            <text
              x={round(b.labelX)}
              y={b.y + 19}
              fontSize={TYPE.small}
              textAnchor={b.anchor}
              fill={INK.text}
            >
              {b.label}
            </text>
            {markers.byMark[mark] && (
              <AnnotationMarkers
                x={b.markerX}
                y={b.y + 14}
                texts={markers.byMark[mark]}
                target={mark}
                step={b.anchor === "end" ? -20 : 20}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

const LEFT_LABEL = (l: DevelopmentModelLayout) => l.ends.left - 12;
