import { assessmentMark } from "../mark-keys";
import { round } from "../marks/annotation-marker";

/** A country's area on the radar: its positions joined, lightly filled in its colour. */
export function RadarPolygon({
  points,
  color,
  country,
}: {
  points: { x: number; y: number }[];
  color: string;
  country: string;
}) {
  return (
    <polygon
      className="radar-series"
      data-series={country}
      points={points.map((p) => `${round(p.x)},${round(p.y)}`).join(" ")}
      fill={color}
      fillOpacity={0.15}
      stroke={color}
      strokeWidth={2}
    />
  );
}

/** A country's position on one axis: the mark an annotation of that point stands on. */
export function RadarPoint({
  x,
  y,
  color,
  country,
  dimension,
}: {
  x: number;
  y: number;
  color: string;
  country: string;
  dimension: string;
}) {
  return (
    <circle
      data-mark={assessmentMark(country, dimension)}
      cx={round(x)}
      cy={round(y)}
      r={4}
      fill="#ffffff"
      stroke={color}
      strokeWidth={2}
    />
  );
}

/** Where the annotation marker of a radar point goes. */
export const radarMarkerAt = (x: number, y: number) => ({ x: x + 11, y: y - 11 });
