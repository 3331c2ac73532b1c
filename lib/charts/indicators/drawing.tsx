import type { MarkerTexts } from "../annotations";
import { AnnotationMarkers, round } from "../marks/annotation-marker";
import { observationMark } from "../mark-keys";
import { INK, TYPE } from "../style";
import type { IndicatorsLayout } from "./layout";
import { FigureBar, figureMarkerAt } from "./marks";

/** The indicators for an exported image: a card per indicator, a bar per figure, numbered annotation markers. */
export function IndicatorsDrawing({
  layout: l,
  markers,
}: {
  layout: IndicatorsLayout;
  markers: MarkerTexts;
}) {
  return (
    <g className="indicators-drawing">
      {l.silent.map((s, i) =>
        s.lines.map((line, k) => (
          <text
            key={`${i}-${k}`}
            x={0}
            y={s.y + 14 + k * 18}
            fontSize={TYPE.label}
            fill={INK.muted}
          >
            {line}
          </text>
        )),
      )}
      {l.cards.map((card) => (
        <g key={card.panel.key}>
          <rect
            x={round(card.x)}
            y={round(card.y)}
            width={round(card.width)}
            height={round(card.height)}
            rx={8}
            fill={INK.paper}
            stroke={INK.rule}
          />
          {card.name.map((line, k) => (
            <text
              key={k}
              x={round(card.x + 12)}
              y={card.y + 22 + k * 19}
              fontSize={14}
              fontWeight={700}
              fill={INK.text}
            >
              {line}
            </text>
          ))}
          <text
            x={round(card.x + 12)}
            y={card.y + card.head - 8}
            fontSize={TYPE.small}
            fill={INK.muted}
          >
            {card.panel.unit}
          </text>
          {card.bars.map((b) => {
            const mark = observationMark(b.bar.key);
            const at = figureMarkerAt(b.x, b.y, b.width, b.height, b.bar);
            return (
              <g key={b.bar.key}>
                <text
                  x={round(b.x - 8)}
                  y={b.y + 15}
                  fontSize={TYPE.small}
                  textAnchor="end"
                  fill={INK.text}
                >
                  {b.bar.category}
                </text>
                <FigureBar
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  bar={{ ...b.bar, focused: false }}
                />
                {markers.byMark[mark] && (
                  <AnnotationMarkers x={at.x} y={at.y} texts={markers.byMark[mark]} target={mark} />
                )}
              </g>
            );
          })}
          {card.panel.missing && (
            <text
              x={round(card.x + 12)}
              y={card.y + card.height - 10}
              fontSize={TYPE.small}
              fill={INK.muted}
            >
              {card.panel.missing}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
