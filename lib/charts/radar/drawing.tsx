import type { MarkerTexts } from "../annotations";
import { AnnotationMarkers, round } from "../marks/annotation-marker";
import { assessmentMark } from "../mark-keys";
import { INK, TYPE } from "../style";
import type { RadarLayout } from "./layout";
import { RadarPoint, RadarPolygon, radarMarkerAt } from "./marks";

/** The radar for an exported image: rings per level, an axis per scaled dimension, a polygon and points per country, numbered annotation markers. */
export function RadarDrawing({
  layout: l,
  markers,
}: {
  layout: RadarLayout;
  markers: MarkerTexts;
}) {
  return (
    <g className="radar-drawing">
      {l.rings.map((ring) => (
        <g key={ring.level}>
          <polygon
            points={ring.points.map((p) => `${round(p.x)},${round(p.y)}`).join(" ")}
            fill="none"
            stroke={INK.rule}
          />
          <text x={ring.labelAt.x} y={ring.labelAt.y} fontSize={10} fill={INK.muted}>
            {ring.level}
          </text>
        </g>
      ))}
      {l.axes.map((axis) => (
        <g key={axis.key}>
          <line
            x1={round(l.cx)}
            y1={round(l.cy)}
            x2={round(axis.end.x)}
            y2={round(axis.end.y)}
            stroke={INK.rule}
          />
          {axis.label.lines.map((line, k) => (
            <text
              key={k}
              x={round(axis.label.x)}
              y={round(axis.label.y + k * 16)}
              fontSize={TYPE.label}
              fontWeight={700}
              textAnchor={axis.label.anchor}
              fill={INK.text}
            >
              {line}
            </text>
          ))}
        </g>
      ))}
      {l.series.map((s) => (
        <g key={s.key}>
          <RadarPolygon points={s.points} color={s.color} country={s.key} />
          {s.points.map((p) => {
            const mark = assessmentMark(s.key, p.dimension);
            const texts = markers.byMark[mark];
            const at = radarMarkerAt(p.x, p.y);
            return (
              <g key={p.dimension}>
                <RadarPoint
                  x={p.x}
                  y={p.y}
                  color={s.color}
                  country={s.key}
                  dimension={p.dimension}
                />
                {texts && <AnnotationMarkers x={at.x} y={at.y} texts={texts} target={mark} />}
              </g>
            );
          })}
        </g>
      ))}
      {l.legend.map((s) => (
        <g key={s.key}>
          <rect x={round(s.x)} y={s.y} width={14} height={14} fill={s.color} />
          <text x={round(s.x + 20)} y={s.y + 12} fontSize={TYPE.label} fill={INK.text}>
            {s.name}
          </text>
        </g>
      ))}
    </g>
  );
}
