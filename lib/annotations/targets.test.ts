import { describe, expect, it } from "vitest";
import { errorMessage } from "@/lib/errors/handle";
import { seedData as data } from "@/testing/seed-data";
import { anchorPassage, missingTarget, targetSchema, type AnnotationTarget } from "./targets";
import { targetKey, targetFromKey } from "./target-keys";

const quote = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";
const source = data.sources.find((s) => s.key === "cn-jp-comparison")!;
const start = source.text.indexOf(quote);
const passage = {
  kind: "source-passage",
  source: "cn-jp-comparison",
  selector: [
    { type: "TextQuoteSelector", exact: quote },
    { type: "TextPositionSelector", start, end: start + quote.length },
  ],
} as const;

describe("targetSchema", () => {
  it("accepts each kind and names it as one key", () => {
    const targets: [unknown, string][] = [
      [
        { kind: "matrix-cell", country: "CN", dimension: "development-model" },
        "matrix-cell:CN:development-model",
      ],
      [
        { kind: "chart-point", chart: "radar", country: "JP", x: "data-governance" },
        "chart-point:radar:JP:data-governance",
      ],
      [
        { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
        "chart-range:timeline:*:2008-2015",
      ],
      [{ kind: "timeline-event", event: "cn-stage-1" }, "timeline-event:cn-stage-1"],
      [passage, `source-passage:cn-jp-comparison:${start}-${start + quote.length}`],
      [{ kind: "view", path: "/matrix" }, "view:/matrix"],
    ];
    for (const [input, key] of targets) {
      const parsed = targetSchema.parse(input);
      expect(targetKey(parsed)).toBe(key);
      expect(missingTarget(parsed, data)).toBeNull();
      // The marks' keys name their whole target (the badges are counted from keys alone).
      if (parsed.kind === "source-passage" || parsed.kind === "view")
        expect(targetFromKey(key)).toBeNull();
      else expect(targetFromKey(key)).toEqual(parsed);
    }
    expect(
      targetFromKey(
        targetKey({ kind: "chart-range", chart: "data-laws", country: "JP", from: 2010, to: 2012 }),
      ),
    ).toEqual({ kind: "chart-range", chart: "data-laws", country: "JP", from: 2010, to: 2012 });
    for (const bad of ["matrix-cell:CN", "chart-point:nope:CN:x", "chart-range:radar:*:1-2", "x:y"])
      expect(targetFromKey(bad)).toBeNull();
  });

  it("refuses an unknown kind, a reversed range and extra fields", () => {
    expect(targetSchema.safeParse({ kind: "paragraph" }).success).toBe(false);
    expect(
      targetSchema.safeParse({ kind: "chart-range", chart: "timeline", from: 2015, to: 2008 })
        .success,
    ).toBe(false);
    expect(
      targetSchema.safeParse({ kind: "matrix-cell", country: "CN", dimension: "drivers", extra: 1 })
        .success,
    ).toBe(false);
  });
});

describe("missingTarget", () => {
  it("names what does not exist", () => {
    const miss = (t: AnnotationTarget) => {
      const error = missingTarget(t, data);
      return error && errorMessage(error, "en");
    };
    expect(miss({ kind: "matrix-cell", country: "XX", dimension: "drivers" })).toBe(
      'There is no country or region "XX".',
    );
    expect(miss({ kind: "matrix-cell", country: "CN", dimension: "weather" })).toBe(
      'There is no dimension "weather".',
    );
    expect(miss({ kind: "timeline-event", event: "cn-stage-9" })).toBe(
      'There is no timeline event "cn-stage-9".',
    );
    expect(miss({ kind: "view", path: "/charts/pie" })).toBe('There is no chart "pie".');
    // The development model is a direction, drawn on its own chart and not on the radar.
    expect(
      miss({ kind: "chart-point", chart: "radar", country: "CN", x: "development-model" }),
    ).toMatch(/radar/);
    expect(
      miss({ kind: "chart-point", chart: "development-model", country: "CN", x: "position" }),
    ).toBeNull();
    const shifted = {
      ...passage,
      selector: [
        passage.selector[0],
        { type: "TextPositionSelector", start: start + 1, end: start + 1 + quote.length },
      ],
    } as AnnotationTarget;
    expect(miss(shifted)).toBe("The quote is not the source's text at these offsets.");
  });
});

describe("anchorPassage", () => {
  const target = targetSchema.parse(passage) as Extract<
    AnnotationTarget,
    { kind: "source-passage" }
  >;
  const withText = (text: string) => ({
    ...data,
    sources: data.sources.map((s) => (s.key === source.key ? { ...s, text } : s)),
  });

  it("stays at its offsets while the text is unchanged", () => {
    expect(anchorPassage(target, data)).toEqual({
      status: "anchored",
      start,
      end: start + quote.length,
    });
  });

  it("is found again by its quote when text before it changes, and says it moved", () => {
    expect(anchorPassage(target, withText(`新增的一段。${source.text}`))).toEqual({
      status: "moved",
      start: start + 6,
      end: start + 6 + quote.length,
    });
  });

  it("is found by the quote alone when its context changed and the quote occurs once, never when it occurs twice", () => {
    const withContext = {
      ...target,
      selector: [
        { ...target.selector[0], prefix: "旧的前文" },
        { ...target.selector[1], start: start + 1, end: start + 1 + quote.length },
      ],
    } as typeof target;
    expect(anchorPassage(withContext, data)).toEqual({
      status: "moved",
      start,
      end: start + quote.length,
    });
    expect(anchorPassage(withContext, withText(`${source.text}${quote}`))).toEqual({
      status: "orphaned",
    });
  });

  it("is not anchored at its offsets when the same words there have another context", () => {
    const short = {
      ...target,
      selector: [
        { type: "TextQuoteSelector", exact: "智慧城市", prefix: "我国" },
        { type: "TextPositionSelector", start: 0, end: 4 },
      ],
    } as typeof target;
    const text = `智慧城市；我国智慧城市建设`;
    expect(anchorPassage(short, withText(text))).toEqual({ status: "moved", start: 7, end: 11 });
    expect(
      anchorPassage(
        {
          ...short,
          selector: [{ ...short.selector[0], prefix: "别处" }, short.selector[1]],
        } as typeof target,
        withText(text),
      ),
    ).toEqual({ status: "orphaned" });
  });

  it("is orphaned, not moved, when its quote is gone", () => {
    expect(anchorPassage(target, withText(source.text.replace(quote, "")))).toEqual({
      status: "orphaned",
    });
  });
});
