import type { MarkerTexts } from "../annotations";
import { AnnotationMarkers, round } from "../marks/annotation-marker";
import { actorMark } from "../mark-keys";
import { INK, TYPE, TYPE_COLORS } from "../style";
import type { ActorsLayout } from "./layout";

/** The actors for an exported image: legend, counts per type and country, each actor named, numbered annotation markers. */
export function ActorsDrawing({
  layout: l,
  markers,
}: {
  layout: ActorsLayout;
  markers: MarkerTexts;
}) {
  return (
    <g className="actors-drawing">
      {l.legend.map((t) => (
        <g key={t.type}>
          <rect x={round(t.x)} y={4} width={14} height={14} fill={t.color} />
          <text x={round(t.x + 20)} y={16} fontSize={TYPE.label} fill={INK.text}>
            {t.name}
          </text>
        </g>
      ))}
      {l.bars.map((b) => (
        <g key={b.country}>
          <text
            x={l.left - 12}
            y={b.y + 19}
            fontSize={14}
            fontWeight={700}
            textAnchor="end"
            fill={INK.text}
          >
            {b.name}
          </text>
          {b.segments.map((s) => (
            <g key={s.type}>
              <rect
                x={round(s.x)}
                y={b.y}
                width={round(s.width)}
                height={28}
                fill={s.color}
                stroke="#ffffff"
              />
              {s.width > 18 && (
                <text
                  x={round(s.x + s.width / 2)}
                  y={b.y + 19}
                  fontSize={TYPE.small}
                  fontWeight={700}
                  textAnchor="middle"
                  fill={INK.text}
                >
                  {s.count}
                </text>
              )}
            </g>
          ))}
          <text x={round(b.end + 8)} y={b.y + 19} fontSize={TYPE.label} fill={INK.muted}>
            {b.total}
          </text>
        </g>
      ))}
      {l.groups.map((g) => (
        <g key={g.country}>
          <text
            x={0}
            y={g.top + 16}
            fontSize={14}
            fontWeight={700}
            fill={INK.text}
          >{`${g.name} · ${g.total}`}</text>
          {g.chips.map((c) => {
            const mark = actorMark(c.actor.key);
            return (
              <g key={c.actor.key} data-mark={mark}>
                <rect
                  x={round(c.x)}
                  y={round(c.y)}
                  width={round(c.width)}
                  height={c.height}
                  rx={4}
                  fill={INK.paper}
                  stroke={TYPE_COLORS[c.type]}
                  strokeWidth={2}
                />
                <text x={round(c.x + 8)} y={round(c.y + 16)} fontSize={TYPE.small} fill={INK.text}>
                  {c.label}
                </text>
                {markers.byMark[mark] && (
                  <AnnotationMarkers
                    x={c.x + c.width}
                    y={c.y}
                    texts={markers.byMark[mark]}
                    target={mark}
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}
