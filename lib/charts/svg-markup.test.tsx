import { describe, expect, it } from "vitest";
import { svgMarkup } from "./svg-markup";

function Dot({ x, label }: { x: number; label: string }) {
  return (
    <g data-mark={`point:${label}`} onClick={() => {}}>
      <circle cx={x} cy={2} r={4} strokeWidth={1.5} fillOpacity={0.2} />
      <text textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}

describe("svgMarkup", () => {
  it("writes SVG elements and pure components, with SVG attribute names, escaped text and no handlers", () => {
    expect(
      svgMarkup(
        <svg viewBox="0 0 10 10">
          <Dot x={1} label={'a<b"&'} />
          {null}
          {false}
          <>{["x", 2]}</>
        </svg>,
      ),
    ).toBe(
      '<svg viewBox="0 0 10 10"><g data-mark="point:a&lt;b&quot;&amp;"><circle cx="1" cy="2" r="4" stroke-width="1.5" fill-opacity="0.2"/><text text-anchor="middle" dominant-baseline="central">a&lt;b&quot;&amp;</text></g>x2</svg>',
    );
  });
});
