import { DEVELOPMENT_MODEL } from "@/lib/dataset/directions";
import { assessmentMark } from "../mark-keys";
import { round } from "../marks/annotation-marker";

/** A country's position between bottom-up and top-down: a bar from the middle of the scale. */
export function PositionBar({
  x,
  y,
  width,
  height,
  color,
  country,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  country: string;
}) {
  // A bar growing left has a negative width; SVG wants it from its left edge.
  const left = Math.min(x, x + width);
  return (
    <rect
      data-mark={assessmentMark(country, DEVELOPMENT_MODEL)}
      x={round(left)}
      y={round(y)}
      width={round(Math.abs(width))}
      height={round(height)}
      fill={color}
    />
  );
}
