import { describe, expect, it } from "vitest";
import { errorMessage } from "@/lib/errors/handle";
import { seedData as data } from "@/testing/seed-data";
import {
  anchorPassage,
  missingTarget,
  missingTargets,
  targetSchema,
  type AnnotationTarget,
} from "./targets";
import { MAX_TARGETS, targetsInputSchema } from "./target-list";
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
    const observation = data.observations[0];
    const actor = data.actors[0];
    const targets: [unknown, string][] = [
      [
        { kind: "assessment", country: "CN", dimension: "development-model" },
        "assessment:development-model:CN",
      ],
      [{ kind: "event", event: "cn-stage-1" }, "event:cn-stage-1"],
      [{ kind: "observation", observation: observation.key }, `observation:${observation.key}`],
      [{ kind: "actor", actor: actor.key }, `actor:${actor.key}`],
      [
        { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
        "chart-range:timeline:*:2008-2015",
      ],
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
    for (const bad of [
      "assessment:CN",
      "assessment:a:b:c",
      "matrix-cell:CN:drivers",
      "chart-point:radar:CN:x",
      "timeline-event:cn-stage-1",
      "chart-range:radar:*:1-2",
      "x:y",
    ])
      expect(targetFromKey(bad), bad).toBeNull();
  });

  it("stores no first-version place: those are input only", () => {
    for (const legacy of [
      { kind: "matrix-cell", country: "CN", dimension: "drivers" },
      { kind: "chart-point", chart: "radar", country: "JP", x: "data-governance" },
      { kind: "timeline-event", event: "cn-stage-1" },
    ])
      expect(targetSchema.safeParse(legacy).success).toBe(false);
  });

  it("refuses an unknown kind, a reversed range and extra fields", () => {
    expect(targetSchema.safeParse({ kind: "paragraph" }).success).toBe(false);
    expect(
      targetSchema.safeParse({ kind: "chart-range", chart: "timeline", from: 2015, to: 2008 })
        .success,
    ).toBe(false);
    // Ranges are on the lanes charts only.
    expect(
      targetSchema.safeParse({ kind: "chart-range", chart: "radar", from: 2008, to: 2015 }).success,
    ).toBe(false);
    expect(
      targetSchema.safeParse({ kind: "assessment", country: "CN", dimension: "drivers", extra: 1 })
        .success,
    ).toBe(false);
  });
});

describe("targetsInputSchema", () => {
  const cell = { kind: "assessment", country: "CN", dimension: "drivers" } as const;
  const event = { kind: "event", event: "cn-stage-1" } as const;
  const messages = (input: unknown) => {
    const result = targetsInputSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it("takes one target or a list of them, and gives a list", () => {
    expect(targetsInputSchema.parse(cell)).toEqual([cell]);
    expect(targetsInputSchema.parse([cell, event])).toEqual([cell, event]);
    expect(targetsInputSchema.parse([event, cell])).toEqual([event, cell]);
  });

  it("turns first-version places into their facts, then keeps each target once", () => {
    expect(
      targetsInputSchema.parse([
        { kind: "matrix-cell", country: "CN", dimension: "drivers" },
        { kind: "chart-point", chart: "radar", country: "CN", x: "drivers" },
        cell,
        { kind: "chart-point", chart: "timeline", country: "CN", x: "cn-stage-1" },
        { kind: "timeline-event", event: "cn-stage-1" },
        { kind: "chart-point", chart: "indicators", country: "CN", x: "cn-smart-city-projects" },
        { kind: "chart-point", chart: "actors", country: "CN", x: "cn-alibaba" },
        { kind: "chart-point", chart: "development-model", country: "CN", x: 3 },
      ]),
    ).toEqual([
      cell,
      event,
      { kind: "observation", observation: "cn-smart-city-projects" },
      { kind: "actor", actor: "cn-alibaba" },
      { kind: "assessment", country: "CN", dimension: "development-model" },
    ]);
    expect(targetsInputSchema.parse([passage, passage])).toHaveLength(1);
    // One place by its key: a passage with and without its context is kept once, as first named.
    const withContext = {
      ...passage,
      selector: [
        { ...passage.selector[0], prefix: source.text.slice(start - 3, start) },
        passage.selector[1],
      ],
    };
    expect(targetsInputSchema.parse([withContext, passage])).toEqual([withContext]);
  });

  it("needs one to MAX_TARGETS targets, each valid", () => {
    expect(MAX_TARGETS).toBe(8);
    expect(messages([])).toEqual(["targetRequired"]);
    expect(messages(undefined)).toEqual(["targetRequired"]);
    const views = [
      "/",
      "/matrix",
      "/sources",
      "/charts/radar",
      "/charts/timeline",
      "/charts/actors",
      "/charts/indicators",
      "/charts/data-laws",
      "/charts/development-model",
    ].map((path) => ({ kind: "view", path }));
    expect(targetsInputSchema.parse(views.slice(0, 8))).toHaveLength(8);
    expect(messages(views)).toEqual(["targetCount"]);
    expect(
      targetsInputSchema.safeParse([cell, { kind: "paragraph" }]).error?.issues[0].path,
    ).toEqual([1, "kind"]);
    expect(targetsInputSchema.safeParse([cell, { ...cell, extra: 1 }]).success).toBe(false);
  });
});

describe("missingTarget", () => {
  it("names what does not exist", () => {
    const miss = (t: AnnotationTarget) => {
      const error = missingTarget(t, data);
      return error && errorMessage(error, "en");
    };
    expect(miss({ kind: "assessment", country: "XX", dimension: "drivers" })).toBe(
      'There is no country or region "XX".',
    );
    expect(miss({ kind: "assessment", country: "CN", dimension: "weather" })).toBe(
      'There is no dimension "weather".',
    );
    expect(miss({ kind: "event", event: "cn-stage-9" })).toBe(
      'There is no timeline event "cn-stage-9".',
    );
    expect(miss({ kind: "observation", observation: "cn-nothing" })).toBe(
      'There is no indicator figure "cn-nothing".',
    );
    expect(miss({ kind: "actor", actor: "nobody" })).toBe('There is no actor "nobody".');
    expect(miss({ kind: "view", path: "/charts/pie" })).toBe('There is no chart "pie".');
    expect(miss({ kind: "view", path: "/sources/nothing" })).toBe(
      'There is no source document "nothing".',
    );
    expect(
      miss({ kind: "chart-range", chart: "timeline", country: "XX", from: 2008, to: 2010 }),
    ).toBe('There is no country or region "XX".');
    // The development model is an assessment like any other: the matrix and its own chart draw it.
    expect(miss({ kind: "assessment", country: "CN", dimension: "development-model" })).toBeNull();
    const shifted = {
      ...passage,
      selector: [
        passage.selector[0],
        { type: "TextPositionSelector", start: start + 1, end: start + 1 + quote.length },
      ],
    } as AnnotationTarget;
    expect(miss(shifted)).toBe("The quote is not the source's text at these offsets.");
  });

  it("gives the first missing target of a list, or null when all exist", () => {
    const cn = { kind: "assessment", country: "CN", dimension: "drivers" } as const;
    expect(missingTargets([cn, passage as AnnotationTarget], data)).toBeNull();
    const error = missingTargets(
      [cn, { kind: "event", event: "gone" }, { kind: "actor", actor: "nobody" }],
      data,
    );
    expect(error && errorMessage(error, "en")).toBe('There is no timeline event "gone".');
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
