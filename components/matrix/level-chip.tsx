import type { ReactNode } from "react";
import { LEVEL_TONES } from "@/lib/charts/style";

/** A scale position in its heatmap tone (the same tones as the exported matrix). */
export function LevelChip({
  tone,
  children,
  testId,
}: {
  tone: number;
  children?: ReactNode;
  testId?: string;
}) {
  const colors = LEVEL_TONES[tone] ?? LEVEL_TONES[3];
  return (
    <span
      className="chip"
      style={{ background: colors.background, color: colors.color }}
      data-tone={tone}
      data-testid={testId}
    >
      {children}
    </span>
  );
}
