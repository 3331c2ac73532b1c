import type { ReactElement } from "react";
import type { NumberedAnnotations } from "@/lib/charts/numbering";
import { AnnotationMarker } from "@/lib/charts/marks/annotation-marker";
import { INK } from "@/lib/charts/style";
import { wrap } from "@/lib/charts/text";
import { FONT_FAMILY } from "./fonts";

export const WIDTH = 1200;
export const PAD = 40;
/** The width a chart body may use. */
export const BODY_WIDTH = WIDTH - 2 * PAD;

export interface FrameWords {
  title: string;
  countries: string;
  sourcesLine: string;
  /** What the reader must know about the data: silent or garbled sources, countries without data. */
  caveats: string[];
  /** "Smart City Compare · exported 2026-11-22": the product and the date. */
  credit: string;
  legendTitle: string;
  moreAnnotations: string | null;
}

/** What an exported image shows: the chart's drawing and its height, the frame's words, and the numbered annotations when asked. */
export interface ExportImage {
  body: ReactElement;
  bodyHeight: number;
  words: FrameWords;
  legend: NumberedAnnotations["legend"] | null;
}

function Lines({
  x,
  y,
  lines,
  size,
  lineHeight,
  weight,
  fill = INK.text,
}: {
  x: number;
  y: number;
  lines: string[];
  size: number;
  lineHeight: number;
  weight?: number;
  fill?: string;
}) {
  return (
    <>
      {lines.map((line, i) => (
        <text key={i} x={x} y={y + i * lineHeight} fontSize={size} fontWeight={weight} fill={fill}>
          {line}
        </text>
      ))}
    </>
  );
}

/**
 * An exported image: title, countries, the chart, the annotation legend (when asked), a sources
 * line, the caveats, the date and the product name, on a light print background whatever the
 * screen theme. `fontCss` is the @font-face that embeds the subset font (empty when rasterising);
 * `scale` multiplies the intrinsic size (the PNG's pixels), not the drawing.
 */
export function ImageFrame({
  image,
  fontCss,
  scale = 1,
}: {
  image: ExportImage;
  fontCss: string;
  scale?: number;
}) {
  const { words } = image;
  const parts: ReactElement[] = [];
  let y = PAD;
  const title = wrap(words.title, BODY_WIDTH, 26, 2);
  parts.push(
    <Lines key="title" x={PAD} y={y + 24} lines={title} size={26} lineHeight={34} weight={700} />,
  );
  y += title.length * 34 + 4;
  parts.push(
    <text key="countries" x={PAD} y={y + 16} fontSize={15} fill={INK.muted}>
      {words.countries}
    </text>,
  );
  y += 36;
  parts.push(
    <g key="body" transform={`translate(${PAD},${y})`}>
      {image.body}
    </g>,
  );
  y += image.bodyHeight + 20;
  if (image.legend && image.legend.length > 0) {
    parts.push(
      <text key="legend" x={PAD} y={y + 14} fontSize={14} fontWeight={700} fill={INK.text}>
        {words.legendTitle}
      </text>,
    );
    y += 26;
    for (const entry of image.legend) {
      const lines = wrap(`${entry.author}: ${entry.text}`, BODY_WIDTH - 30, 13, 3);
      parts.push(
        <g key={`n${entry.n}`} className="legend-item">
          <AnnotationMarker x={PAD + 9} y={y + 8} text={entry.n} target="legend" />
          <Lines x={PAD + 28} y={y + 13} lines={lines} size={13} lineHeight={18} />
        </g>,
      );
      y += Math.max(22, lines.length * 18 + 4);
    }
    if (words.moreAnnotations) {
      parts.push(
        <text key="more" x={PAD} y={y + 12} fontSize={12} fill={INK.muted}>
          {words.moreAnnotations}
        </text>,
      );
      y += 20;
    }
    y += 8;
  }
  parts.push(<line key="rule" x1={PAD} x2={WIDTH - PAD} y1={y} y2={y} stroke={INK.rule} />);
  y += 8;
  const sources = wrap(words.sourcesLine, BODY_WIDTH, 12, 4);
  parts.push(
    <Lines
      key="sources"
      x={PAD}
      y={y + 12}
      lines={sources}
      size={12}
      lineHeight={17}
      fill={INK.muted}
    />,
  );
  y += sources.length * 17 + 4;
  words.caveats.slice(0, 8).forEach((caveat, i) => {
    const lines = wrap(`• ${caveat}`, BODY_WIDTH, 11, 2);
    parts.push(
      <Lines
        key={`caveat${i}`}
        x={PAD}
        y={y + 11}
        lines={lines}
        size={11}
        lineHeight={15}
        fill={INK.muted}
      />,
    );
    y += lines.length * 15 + 2;
  });
  parts.push(
    <text key="credit" x={PAD} y={y + 12} fontSize={12} fill={INK.muted}>
      {words.credit}
    </text>,
  );
  y += 20 + PAD / 2;
  const height = Math.ceil(y);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH * scale}
      height={height * scale}
      viewBox={`0 0 ${WIDTH} ${height}`}
      fontFamily={`${FONT_FAMILY}, Noto Sans SC, sans-serif`}
    >
      <title>{words.title}</title>
      {fontCss ? <style>{fontCss}</style> : null}
      <rect x={0} y={0} width={WIDTH} height={height} fill="#ffffff" />
      {parts}
    </svg>
  );
}
