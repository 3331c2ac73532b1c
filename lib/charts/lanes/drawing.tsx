import type { MarkerTexts } from "../annotations";
import { AnnotationMarkers } from "../marks/annotation-marker";
import { EventSymbol } from "../marks/event-symbol";
import { eventMark } from "../mark-keys";
import {
  ANNOTATION_COLOR,
  BAND_FILLS,
  BAND_TEXT,
  FOCUS_STROKE,
  INK,
  KIND_STYLE,
  TYPE,
} from "../style";
import { firstFitting, fitText } from "../text";
import {
  LABEL,
  LANE,
  rangeArea,
  type LanesGeometry,
  type PlacedItem,
  type StageShape,
} from "./layout";
import type { LaneItem } from "./model";

interface Props {
  geometry: LanesGeometry;
  chart: string;
  markers: MarkerTexts;
  focusKey?: string | null;
  /** On screen: a mark's handlers and test id (tooltip, opening its details). */
  markProps?: (item: LaneItem) => Record<string, unknown>;
}

/** Two lines that fit a band: the title (or its part before the colon, "Stage 3"), then the period (or its bare years, "2016–18"). */
function stageLabel(item: PlacedItem, width: number): [string, string] {
  const from = Math.floor(item.start);
  const to = item.ongoing || item.end === null ? "" : String(Math.ceil(item.end) - 1);
  const years = item.band ? [`${from}–${to}`, `${from}–${to.slice(2)}`] : [];
  return [
    firstFitting([item.title, item.title.split(/[\uFF1A:]/)[0]], width, TYPE.small),
    firstFitting([item.period, ...years], width, TYPE.tiny),
  ];
}

function Stage({ shape, focused, right }: { shape: StageShape; focused: boolean; right: number }) {
  const { item, x0, x1, top, index } = shape;
  const textX = item.band ? x0 + 6 : x0 + 8;
  const [title, period] = stageLabel(item, x1 - textX - (item.ongoing ? 18 : 4));
  return (
    <>
      {item.band ? (
        <rect
          x={x0 + 1}
          y={top}
          width={Math.max(2, x1 - x0 - 2)}
          height={LANE.band}
          rx={4}
          fill={BAND_FILLS[index % 2]}
          stroke={focused ? FOCUS_STROKE : KIND_STYLE.stage.color}
          strokeWidth={focused ? 2.5 : 1}
        />
      ) : (
        <>
          <rect x={x0} y={top} width={Math.max(0, x1 - x0)} height={LANE.band} fill="transparent" />
          <line
            x1={x0}
            x2={x0}
            y1={top}
            y2={top + LANE.band}
            stroke={focused ? FOCUS_STROKE : KIND_STYLE.stage.color}
            strokeWidth={focused ? 4 : 3}
          />
          <path d={`M${x0},${top} l7,4 l-7,4 z`} fill={KIND_STYLE.stage.color} />
        </>
      )}
      {item.ongoing && (
        <path
          d={`M${right - 10},${top + LANE.band / 2 - 6} l7,6 l-7,6`}
          fill="none"
          stroke={BAND_TEXT}
          strokeWidth={1.5}
        />
      )}
      <text x={textX} y={top + 14} fontSize={TYPE.small} fontWeight={600} fill={BAND_TEXT}>
        {title}
      </text>
      <text x={textX} y={top + 29} fontSize={TYPE.tiny} fill={BAND_TEXT}>
        {period}
      </text>
    </>
  );
}

/**
 * A lanes chart as plain SVG elements: lanes with the country names, annotated years, stage bands
 * (alternating tints, flags where the end is not known, an arrow when ongoing), a symbol per
 * event with its period line, annotation markers, and the year axis. The screen and the export
 * draw this same component.
 */
export function LanesDrawing({ geometry: g, chart, markers, focusKey = null, markProps }: Props) {
  const right = g.plot.x + g.plot.width;
  const screen = markProps !== undefined;
  const described = (texts: (string | number)[]) =>
    markers.describe ? markers.describe(Number(texts[0])) : undefined;
  const eventMarkers = (key: string, x: number, y: number) => {
    const texts = markers.byMark[eventMark(key)];
    return texts?.length ? (
      <AnnotationMarkers
        x={x}
        y={y}
        texts={texts}
        target={eventMark(key)}
        label={described(texts)}
        testId={screen ? `annotations-event-${key}` : undefined}
      />
    ) : null;
  };
  return (
    <g className="lanes-drawing">
      {g.legend?.map(({ kind, x }) => (
        <g key={kind.kind}>
          {kind.kind === "stage" ? (
            <rect
              x={x}
              y={5}
              width={14}
              height={10}
              rx={3}
              fill={BAND_FILLS[1]}
              stroke={KIND_STYLE.stage.color}
            />
          ) : (
            <EventSymbol kind={kind.kind} x={x + 7} y={10} area={90} />
          )}
          <text x={x + 18} y={14} fontSize={TYPE.small} fill={INK.text}>
            {kind.label}
          </text>
        </g>
      ))}
      {g.boxes.map((box, i) => {
        const middle = box.top + box.height / 2;
        return (
          <g key={box.lane.country} data-testid={screen ? `lane-${box.lane.country}` : undefined}>
            <rect
              x={g.plot.x}
              y={box.top}
              width={g.plot.width}
              height={box.height}
              fill={INK.stripe[i % 2]}
            />
            <text
              x={4}
              y={middle - (box.lane.detail ? 7 : 0) + 4.5}
              fontSize={TYPE.label}
              fontWeight={600}
              fill={INK.text}
            >
              {fitText(box.lane.name, g.plot.x - 12, TYPE.label)}
            </text>
            {box.lane.detail && (
              <text x={4} y={middle + 14} fontSize={TYPE.tiny} fill={INK.muted}>
                {fitText(box.lane.detail, g.plot.x - 12, TYPE.tiny)}
              </text>
            )}
            {box.items.length === 0 && (
              <text
                x={g.plot.x + 10}
                y={middle + 4}
                fontSize={TYPE.small}
                fontStyle="italic"
                fill={INK.muted}
              >
                {fitText(box.lane.emptyText, g.plot.width - 20, TYPE.small)}
              </text>
            )}
          </g>
        );
      })}
      {markers.ranges.map((r) => {
        const area = rangeArea(r, g);
        if (!area) return null;
        const target = `chart-range:${chart}:${r.country ?? "*"}:${r.from}-${r.to}`;
        return (
          <g
            key={target}
            className="annotated-range"
            data-testid={
              screen
                ? `annotation-range-${chart}-${r.country ?? "all"}-${r.from}-${r.to}`
                : undefined
            }
            role={r.label ? "img" : undefined}
            aria-label={r.label}
          >
            {r.label && <title>{r.label}</title>}
            <rect
              {...area}
              fill={ANNOTATION_COLOR}
              fillOpacity={0.1}
              stroke={ANNOTATION_COLOR}
              strokeOpacity={0.6}
              strokeDasharray="4 3"
            />
            <AnnotationMarkers x={area.x + 11} y={area.y + 11} texts={r.texts} target={target} />
          </g>
        );
      })}
      {g.ticks.map((t) => (
        <line
          key={t.year}
          x1={t.x}
          x2={t.x}
          y1={g.plot.y}
          y2={g.plot.y + g.plot.height}
          stroke={INK.rule}
          strokeDasharray="2 4"
        />
      ))}
      {g.stages.map((shape) => (
        <g
          key={shape.item.key}
          className="lane-mark"
          data-mark={eventMark(shape.item.key)}
          data-kind="stage"
          data-period={shape.item.period}
          data-title={shape.item.title}
          {...markProps?.(shape.item)}
        >
          <Stage shape={shape} focused={focusKey === shape.item.key} right={right} />
          {eventMarkers(
            shape.item.key,
            Math.max(shape.x0 + 10, shape.x1 - (shape.item.ongoing ? 24 : 10)),
            shape.top + 2,
          )}
        </g>
      ))}
      {g.events.map(({ item, cx, cy, lineEnd }) => (
        <g
          key={item.key}
          className="lane-mark"
          data-mark={eventMark(item.key)}
          data-kind={item.kind}
          {...markProps?.(item)}
        >
          {lineEnd !== null && (
            <line
              x1={cx}
              x2={lineEnd}
              y1={cy}
              y2={cy}
              stroke={KIND_STYLE[item.kind].color}
              strokeWidth={3}
              strokeOpacity={0.45}
              strokeLinecap="round"
            />
          )}
          {screen && <circle cx={cx} cy={cy} r={11} fill="transparent" />}
          <EventSymbol kind={item.kind} x={cx} y={cy} focused={focusKey === item.key} />
          {item.label && (
            <text
              x={Math.max(cx, lineEnd ?? cx) + LABEL.gap}
              y={cy + 4}
              fontSize={TYPE.tiny}
              fill={INK.text}
              data-label={item.key}
            >
              {item.label}
            </text>
          )}
          {eventMarkers(item.key, cx + 10, cy - 10)}
        </g>
      ))}
      <line
        x1={g.plot.x}
        x2={right}
        y1={g.plot.y + g.plot.height}
        y2={g.plot.y + g.plot.height}
        stroke={INK.muted}
      />
      {g.ticks.map((t) => (
        <text
          key={t.year}
          x={t.x}
          y={g.plot.y + g.plot.height + 17}
          fontSize={TYPE.small}
          textAnchor="middle"
          fill={INK.muted}
        >
          {t.year}
        </text>
      ))}
    </g>
  );
}
