import { ANNOTATION_COLOR, TYPE } from "../style";

/**
 * An annotation marker: an orange dot with a number, on screen the count of annotations on a mark,
 * in an exported image the annotation's number in the legend. `target` is the mark's key.
 */
export function AnnotationMarker({
  x,
  y,
  text,
  target,
  label,
  testId,
}: {
  x: number;
  y: number;
  text: string | number;
  target: string;
  label?: string;
  testId?: string;
}) {
  return (
    <g
      className="annotation-marker"
      data-annotations={target}
      data-testid={testId}
      role={label ? "img" : undefined}
      aria-label={label}
      pointerEvents="none"
    >
      {label && <title>{label}</title>}
      <circle
        cx={round(x)}
        cy={round(y)}
        r={9}
        fill={ANNOTATION_COLOR}
        stroke="#ffffff"
        strokeWidth={1.5}
      />
      <text
        x={round(x)}
        y={round(y + 3.5)}
        textAnchor="middle"
        fontSize={TYPE.marker}
        fontWeight={700}
        fill="#ffffff"
      >
        {text}
      </text>
    </g>
  );
}

/** Markers side by side, 20 px apart (an exported image numbers each annotation on a mark). */
export function AnnotationMarkers({
  x,
  y,
  texts,
  target,
  step = 20,
  label,
  testId,
}: {
  x: number;
  y: number;
  texts: (string | number)[];
  target: string;
  step?: number;
  label?: string;
  testId?: string;
}) {
  return (
    <>
      {texts.map((text, k) => (
        <AnnotationMarker
          key={k}
          x={x + k * step}
          y={y}
          text={text}
          target={target}
          label={k === 0 ? label : undefined}
          testId={k === 0 ? testId : undefined}
        />
      ))}
    </>
  );
}

/** Rounded to 0.1 px: shorter files, the same drawing. */
export const round = (n: number) => Math.round(n * 10) / 10;
