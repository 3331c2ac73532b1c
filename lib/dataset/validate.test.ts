import { describe, expect, it } from "vitest";
import { serializeDataset } from "./canonical";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { validateDataset } from "./validate";

type Mutable = Record<string, unknown> & ReturnType<typeof tinyDataset>;

function problemsOf(mutate: (data: Mutable) => void) {
  const data = structuredClone(tinyDataset()) as Mutable;
  mutate(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems;
}

describe("validateDataset", () => {
  it("accepts a valid dataset", () => {
    expect(validateDataset(tinyDataset())).toMatchObject({ ok: true });
  });

  it.each([
    [
      "a missing field",
      (d: Mutable) => delete (d.assessments[0] as Partial<Mutable["assessments"][0]>).summaryEn,
      "$.assessments[0].summaryEn",
    ],
    [
      "an unknown key",
      (d: Mutable) => Object.assign(d.countries[0], { capital: "Tokyo" }),
      "$.countries[0]",
    ],
    [
      "a duplicate key",
      (d: Mutable) => d.timeline.push(structuredClone(d.timeline[0])),
      "$.timeline[1]",
    ],
    [
      "a duplicate assessment",
      (d: Mutable) => d.assessments.push(structuredClone(d.assessments[0])),
      "$.assessments[1]",
    ],
    [
      "an offset out of range",
      (d: Mutable) => Object.assign(d.assessments[0].citations[0], { start: 100, end: 120 }),
      "$.assessments[0].citations[0].end",
    ],
    [
      "a quote not in its source",
      (d: Mutable) => Object.assign(d.assessments[0].citations[0], { quote: "不存在的句子" }),
      "$.assessments[0].citations[0].quote",
    ],
    [
      "a quote at the wrong offsets",
      (d: Mutable) => Object.assign(d.actors[0].roles[0].citations[0], { start: 0, end: 17 }),
      "$.actors[0].roles[0].citations[0].quote",
    ],
    [
      "an unknown country",
      (d: Mutable) => Object.assign(d.observations[0], { country: "XX" }),
      "$.observations[0].country",
    ],
    [
      "an unknown dimension",
      (d: Mutable) => Object.assign(d.actors[0].roles[0], { dimension: "weather" }),
      "$.actors[0].roles[0].dimension",
    ],
    [
      "a level off the scale",
      (d: Mutable) => Object.assign(d.assessments[0], { level: 5 }),
      "$.assessments[0].level",
    ],
    [
      "an assessment without citations",
      (d: Mutable) => Object.assign(d.assessments[0], { citations: [] }),
      "$.assessments[0].citations",
    ],
    [
      "a note in one language only",
      (d: Mutable) => delete (d.observations[0] as { noteEn?: string }).noteEn,
      "$.observations[0].noteEn",
    ],
    [
      "a bad date",
      (d: Mutable) => Object.assign(d.timeline[0], { start: "2016-13" }),
      "$.timeline[0].start",
    ],
    [
      "a duplicate actor role",
      (d: Mutable) => d.actors[0].roles.push(structuredClone(d.actors[0].roles[0])),
      "$.actors[0].roles[1]",
    ],
    [
      "a NUL character",
      (d: Mutable) => Object.assign(d.countries[0], { nameEn: "Ja\u0000pan" }),
      "$.countries[0].nameEn",
    ],
    [
      "an ongoing event with an end",
      (d: Mutable) => Object.assign(d.timeline[0], { ongoing: true, end: "2020" }),
      "$.timeline[0].ongoing",
    ],
    [
      "an end before the start",
      (d: Mutable) => Object.assign(d.timeline[0], { start: "2016-05", end: "2015" }),
      "$.timeline[0].end",
    ],
    [
      "an event on an unknown dimension",
      (d: Mutable) => Object.assign(d.timeline[0], { dimensions: ["weather"] }),
      "$.timeline[0].dimensions[0]",
    ],
    [
      "an event's dimension twice",
      (d: Mutable) =>
        Object.assign(d.timeline[0], { dimensions: [d.dimensions[0].key, d.dimensions[0].key] }),
      "$.timeline[0].dimensions[1]",
    ],
    [
      "an event with an empty dimension list",
      (d: Mutable) => Object.assign(d.timeline[0], { dimensions: [] }),
      "$.timeline[0].dimensions",
    ],
    [
      "an external reference that is not http(s)",
      (d: Mutable) =>
        Object.assign(d.assessments[0], {
          citations: [
            {
              kind: "external",
              title: "T",
              publisher: "P",
              year: 2020,
              url: "javascript:alert(1)",
            },
          ],
        }),
      "$.assessments[0].citations[0].url",
    ],
    ["a wrong format tag", (d: Mutable) => Object.assign(d, { format: "other" }), "$.format"],
  ])("rejects %s, naming its JSON path", (_name, mutate, path) => {
    const problems = problemsOf(mutate);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.path)).toContain(path);
  });

  it("names the offsets where a misplaced quote really is", () => {
    const [problem] = problemsOf((d) =>
      Object.assign(d.assessments[0].citations[0], { start: 0, end: 17 }),
    );
    expect(problem.message).toMatch(/is not at 0-17 in doc \(it is at 5-23\)/);
  });
});

it("accepts a year-only end in the start's year", () => {
  const data = tinyDataset();
  Object.assign(data.timeline[0], { start: "2014-05", end: "2014" });
  expect(validateDataset(data)).toMatchObject({ ok: true });
});

it("keeps text exactly as given (no trimming)", () => {
  const data = tinyDataset();
  data.assessments[0].summaryEn = " Bottom-up. ";
  const result = validateDataset(data);
  expect(result.ok && result.data.assessments[0].summaryEn).toBe(" Bottom-up. ");
});

describe("serializeDataset", () => {
  it("is canonical: key order and array order do not matter", () => {
    const data = tinyDataset();
    const shuffled = {
      ...data,
      dimensions: data.dimensions.map((d) => ({ ...d, scale: [...(d.scale ?? [])].reverse() })),
    };
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse());
    expect(serializeDataset(reordered as typeof data)).toBe(serializeDataset(data));
    expect(serializeDataset(data).endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(serializeDataset(reordered as typeof data)))).toEqual([
      "format",
      "version",
      "sources",
      "countries",
      "dimensions",
      "assessments",
      "timeline",
      "indicators",
      "observations",
      "actors",
    ]);
  });
});
