"use client";

import { useTranslations } from "next-intl";
import { ANNOTATION_COLOR } from "@/lib/views/charts/palette";


/** An annotation marker on a chart: an orange dot with the number of annotations on that point. */
export function AnnotationDot({ x, y, count, testId }: { x: number; y: number; count: number; testId: string }) {
  const t = useTranslations("annotations");
  const label = t("count", { count });
  return (
    <g className="annotation-dot" data-testid={testId} role="img" aria-label={label} pointerEvents="none">
      <title>{label}</title>
      <circle cx={x} cy={y} r={9} fill={ANNOTATION_COLOR} stroke="#ffffff" strokeWidth={1.5} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={10} fontWeight={700} fill="#ffffff">{count > 99 ? "99+" : count}</text>
    </g>
  );
}
