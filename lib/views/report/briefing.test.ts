import { describe, expect, it } from "vitest";
import { targetKey } from "@/lib/annotations/target-keys";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { eachCitation } from "@/lib/dataset/citations";
import { sampleAnnotation } from "@/testing/fixtures/annotation-view";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { buildBibliography, factKeys } from "./bibliography";
import { buildBriefing, firstSentence } from "./briefing";

const ORIGIN = "https://compare.example.org";
const published = { kind: "published", version: 3 } as const;
const options = { origin: ORIGIN, dataset: published, preparedBy: "Wang Fang", matrixNotes: null };

/** A team thread on `target`, made `minute` minutes into 2026. */
function note(
  target: AnnotationTarget | AnnotationTarget[],
  body: string,
  minute: number,
): AnnotationView {
  const at = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return sampleAnnotation({
    id: `00000000-0000-4000-8000-${String(minute).padStart(12, "0")}`,
    targets: [target].flat(),
    targetKeys: [target].flat().map(targetKey),
    body,
    tags: [],
    author: { id: "u-analyst", name: "Analyst" },
    createdAt: at,
    updatedAt: at,
  });
}

describe("the briefing's bibliography", () => {
  it("numbers every quote and reference behind the facts shown, once each, in the order cited", () => {
    const state = viewStateOf({ countries: "CN,JP" }, "en");
    const { entries, documents, refs } = buildBibliography(data, state, ORIGIN);
    expect(entries.map((e) => e.n)).toEqual(entries.map((_, i) => i + 1));
    const shown = [...eachCitation(data)].filter((p) => ["CN", "JP"].includes(p.citedBy.country));
    const distinct = new Set(
      shown.map(({ citation: c }) =>
        c.kind === "source" ? `${c.source}:${c.start}-${c.end}` : c.url + c.title,
      ),
    );
    expect(entries).toHaveLength(distinct.size);
    // Every fact's numbers lead to its own quotes, exactly as the dataset has them.
    for (const { citation, citedBy } of shown) {
      const key =
        citedBy.type === "assessment"
          ? factKeys.assessment(citedBy.country, citedBy.dimension)
          : citedBy.type === "event"
            ? factKeys.event(citedBy.key)
            : citedBy.type === "observation"
              ? factKeys.observation(citedBy.key)
              : factKeys.actorRole(citedBy.actor, citedBy.dimension);
      const cited = refs.get(key)!.map((n) => entries[n - 1]);
      if (citation.kind === "source")
        expect(cited).toContainEqual(
          expect.objectContaining({ kind: "source", quote: citation.quote }),
        );
      else expect(cited).toContainEqual(expect.objectContaining({ url: citation.url }));
    }
    // The matrix cites first: the first assessment's quotes are [1]….
    const first = data.dimensions[0].key;
    expect(refs.get(factKeys.assessment("CN", first))![0]).toBe(1);
    // Each quote names its document, whose entry lists it; passage links are absolute.
    for (const e of entries)
      if (e.kind === "source") {
        expect(documents.find((d) => d.key === e.document)!.quotes).toContain(e.n);
        expect(e.href.startsWith(`${ORIGIN}/sources/${e.document}?`)).toBe(true);
        expect(e.translation).not.toBeNull();
      }
    expect(documents.map((d) => d.label).every((l) => l.includes("\u201C"))).toBe(true);
  });

  it("leaves out what the view filters away, and gives no translation in Chinese", () => {
    const all = buildBibliography(data, viewStateOf({ countries: "CN,JP" }), ORIGIN);
    const narrow = buildBibliography(
      data,
      viewStateOf({ countries: "CN,JP", dims: "drivers", from: "2015", to: "2016" }),
      ORIGIN,
    );
    expect(narrow.entries.length).toBeLessThan(all.entries.length);
    expect(narrow.refs.has(factKeys.assessment("CN", "drivers"))).toBe(true);
    // The matrix and radar keep to the filter; the development-model chart draws its one dimension whatever it is.
    expect(narrow.refs.has(factKeys.assessment("CN", "ecosystem"))).toBe(false);
    expect(narrow.refs.has(factKeys.assessment("CN", "development-model"))).toBe(true);
    const outside = data.timeline.find((e) => e.country === "CN" && e.end && e.end < "2010")!;
    expect(all.refs.has(factKeys.event(outside.key))).toBe(true);
    expect(narrow.refs.has(factKeys.event(outside.key))).toBe(false);
    // Passage links open the version the briefing shows.
    const pinned = buildBibliography(
      data,
      { ...viewStateOf({ countries: "CN,JP" }), version: 3 },
      ORIGIN,
    );
    expect(pinned.entries.every((e) => e.kind !== "source" || e.href.includes("version=3"))).toBe(
      true,
    );
    expect(all.entries.every((e) => e.kind !== "source" || e.translation === null)).toBe(true);
  });
});

describe("firstSentence", () => {
  it("keeps the first sentence whole, in either language", () => {
    expect(firstSentence("Government leads. Companies build.")).toBe("Government leads.");
    expect(firstSentence("Version 5.0 leads the way")).toBe("Version 5.0 leads the way");
    expect(firstSentence("\u653F\u5E9C\u4E3B\u5BFC\u3002\u4F01\u4E1A\u53C2\u4E0E\u3002")).toBe(
      "\u653F\u5E9C\u4E3B\u5BFC\u3002",
    );
  });
});

describe("the briefing", () => {
  it("has a cover with the countries, the date, the version and an absolute permalink that pins it", () => {
    const state = viewStateOf({ countries: "CN,JP" }, "en");
    const now = new Date(Date.UTC(2026, 11, 6, 9));
    const { cover } = buildBriefing(data, state, { ...options, now });
    expect(cover.title).toBe("How China and Japan build smart cities");
    expect(cover.permalink).toBe(`${ORIGIN}/?countries=CN,JP&lang=en&version=3`);
    expect(Object.fromEntries(cover.facts.map((f) => [f.key, f.value]))).toMatchObject({
      countries: "China · Japan",
      date: "December 6, 2026",
      version: "Version 3, the current published version",
      preparedBy: "Wang Fang",
    });
    const zh = buildBriefing(data, viewStateOf({ countries: "CN,JP" }), { ...options, now });
    expect(zh.cover.facts.find((f) => f.key === "date")!.value).toBe("2026\u5E7412\u67086\u65E5");
    // The day is the reader's: 20:00 UTC is the 7th in Tokyo.
    const late = new Date(Date.UTC(2026, 11, 6, 20));
    const tokyo = buildBriefing(data, state, { ...options, now: late, timeZone: "Asia/Tokyo" });
    expect(tokyo.cover.facts.find((f) => f.key === "date")!.value).toBe("December 7, 2026");
    const preview = buildBriefing(data, state, {
      ...options,
      dataset: { kind: "preview", title: "Fix drivers", latest: 3 },
    });
    expect(preview.cover.permalink).not.toContain("version=");
    expect(preview.cover.facts.find((f) => f.key === "version")!.value).toContain("not citable");
  });

  it("prints every matrix summary in full, with its sources' numbers and its annotations' numbers", () => {
    const state = viewStateOf({ countries: "CN,JP" }, "en");
    const notes = [
      note({ kind: "assessment", country: "JP", dimension: "drivers" }, "**Check** `this`", 1),
      note({ kind: "assessment", country: "CN", dimension: "drivers" }, "Second", 2),
      // A note comparing two cells has its number in each.
      note(
        [
          { kind: "assessment", country: "CN", dimension: "goals" },
          { kind: "assessment", country: "JP", dimension: "goals" },
        ],
        "Both",
        3,
      ),
    ];
    const briefing = buildBriefing(data, state, {
      ...options,
      matrixNotes: { items: notes, limit: 20, total: 3 },
    });
    expect(briefing.matrix).toHaveLength(data.dimensions.length);
    for (const row of briefing.matrix)
      for (const cell of row.cells) {
        const a = data.assessments.find(
          (x) => x.country === cell.country && x.dimension === row.key,
        );
        expect(cell.summary).toBe(a ? a.summaryEn : null);
        expect(cell.refs.length).toBe(
          a ? new Set(a.citations.map((c) => JSON.stringify(c))).size : 0,
        );
      }
    const drivers = briefing.matrix.find((r) => r.key === "drivers")!;
    expect(drivers.cells.map((c) => c.notes)).toEqual([[2], [1]]);
    const goals = briefing.matrix.find((r) => r.key === "goals")!;
    expect(goals.cells.map((c) => c.notes)).toEqual([[3], [3]]);
    expect(briefing.matrixNotes.legend).toEqual([
      { n: 1, author: "Analyst", text: "Check this" },
      { n: 2, author: "Analyst", text: "Second" },
      { n: 3, author: "Analyst", text: "Both" },
    ]);
    expect(briefing.contrasts.map((c) => c.key)).toEqual([
      "development-model",
      "drivers",
      "actors",
      "data-governance",
    ]);
    for (const row of briefing.contrasts)
      for (const cell of row.cells) {
        const a = data.assessments.find(
          (x) => x.country === cell.country && x.dimension === row.key,
        );
        expect(a && a.summaryEn.startsWith(cell.gist!)).toBe(true);
      }
    expect(briefing.figures.length).toBeGreaterThan(0);
    expect(briefing.figures.every((f) => f.refs.length > 0)).toBe(true);
  });
});
