import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { seedDatasetPath } from "@/prisma/seed";
import { serializeDataset } from "./canonical";
import { validateDataset } from "./validate";
import type { Dataset } from "./schema";

const raw = await readFile(seedDatasetPath, "utf8");
const result = validateDataset(JSON.parse(raw));
const data = (result.ok ? result.data : null) as Dataset;

function walk(
  node: unknown,
  visit: (object: Record<string, unknown>, path: string) => void,
  path = "$",
) {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, visit, `${path}[${i}]`));
  else if (node && typeof node === "object") {
    visit(node as Record<string, unknown>, path);
    for (const [key, value] of Object.entries(node)) walk(value, visit, `${path}.${key}`);
  }
}

describe("the shipped dataset (prisma/seed/dataset.json)", () => {
  it("is valid, and written in canonical form", () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(serializeDataset(data)).toBe(raw);
  });

  it("stores each source text exactly as its file in prisma/seed/sources", async () => {
    for (const source of data.sources) {
      expect(source.text).toBe(
        await readFile(new URL(`./sources/${source.file}`, seedDatasetPath), "utf8"),
      );
    }
  });

  it("finds every quote verbatim at its offsets in its document", () => {
    const texts = new Map(data.sources.map((s) => [s.key, s.text]));
    let count = 0;
    walk(data, (object, path) => {
      if (object.kind !== "source") return;
      count++;
      const text = texts.get(object.source as string) ?? "";
      expect(text.slice(object.start as number, object.end as number), path).toBe(object.quote);
    });
    expect(count).toBeGreaterThan(50);
  });

  it("gives every assessment, event, observation and actor role at least one citation", () => {
    for (const owner of [
      ...data.assessments,
      ...data.timeline,
      ...data.observations,
      ...data.actors.flatMap((a) => a.roles),
    ]) {
      expect(owner.citations.length).toBeGreaterThan(0);
    }
  });

  it("pairs every zh field with its en twin, and vice versa", () => {
    walk(data, (object, path) => {
      for (const key of Object.keys(object)) {
        // Quotes are Chinese and the translation is their twin; `author` is the source's own, `authorEn` its twin.
        if (key === "translationEn" || key === "authorEn") continue;
        if (key.endsWith("Zh"))
          expect(object, `${path}.${key}`).toHaveProperty(`${key.slice(0, -2)}En`);
        if (key.endsWith("En"))
          expect(object, `${path}.${key}`).toHaveProperty(`${key.slice(0, -2)}Zh`);
      }
    });
  });

  it("names an author in English by the romanised name, or gives it beside the original", () => {
    const names = data.sources
      .filter((s) => s.authorEn && s.authorEn !== s.author)
      .map((s) => ({ original: s.author, romanised: s.authorEn! }));
    expect(names.length).toBeGreaterThan(0);
    walk(data, (object, path) => {
      for (const [key, value] of Object.entries(object)) {
        if (!key.endsWith("En") || typeof value !== "string") continue;
        for (const { original, romanised } of names) {
          const bare = value.split(`${original} (${romanised})`).join("");
          expect(bare.includes(original), `${path}.${key} names ${romanised} untranslated`).toBe(
            false,
          );
        }
      }
    });
  });

  it("assesses CN and JP on each named dimension", () => {
    for (const dimension of [
      "development-model",
      "drivers",
      "actors",
      "data-governance",
      "stages",
      "international-cooperation",
    ]) {
      for (const country of ["CN", "JP"]) {
        expect(
          data.assessments.find((a) => a.country === country && a.dimension === dimension),
          `${country} × ${dimension}`,
        ).toBeDefined();
      }
    }
  });

  it("places China top-down and Japan bottom-up", () => {
    const level = (country: string) =>
      data.assessments.find((a) => a.country === country && a.dimension === "development-model")
        ?.level;
    expect(level("CN")).toBeGreaterThanOrEqual(4);
    expect(level("JP")).toBeLessThanOrEqual(2);
  });

  it("has China's four stages with their years", () => {
    const stages = data.timeline
      .filter((e) => e.country === "CN" && e.kind === "stage")
      .map((e) => [e.start.slice(0, 4), e.end?.slice(0, 4) ?? null]);
    expect(stages).toEqual([
      ["1999", "2008"],
      ["2009", "2015"],
      ["2016", "2018"],
      ["2020", null],
    ]);
  });

  it("covers China and Japan fully and marks the others thin", () => {
    const coverage = Object.fromEntries(data.countries.map((c) => [c.key, c.coverage]));
    expect(coverage).toEqual({
      CN: "full",
      JP: "full",
      US: "thin",
      SG: "thin",
      KR: "thin",
      IN: "thin",
      EU: "thin",
    });
  });
});
