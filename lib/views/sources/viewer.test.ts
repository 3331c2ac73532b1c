import { describe, expect, it } from "vitest";
import { eachCitation } from "@/lib/dataset/citations";
import type { Dataset } from "@/lib/dataset/schema";
import { cnJpView } from "@/testing/seed-data";
import { loadSeedDataset } from "@/prisma/seed";
import { buildSourceList } from "./list";
import { shownText } from "./segments";
import { buildSourceViewer } from "./viewer";

const data: Dataset = await loadSeedDataset();
const state = cnJpView;
const cited = (key: string) =>
  [...eachCitation(data)].flatMap(({ citation: c }) =>
    c.kind === "source" && c.source === key ? [c] : [],
  );

describe("the source viewer on the seed dataset", () => {
  for (const source of data.sources) {
    it(`${source.key}: every citation's highlighted text is exactly its quote`, () => {
      const model = buildSourceViewer(data, state(), source.key)!;
      const citations = cited(source.key);
      expect(citations.length).toBeGreaterThan(10);
      for (const c of citations)
        expect(shownText(model.blocks, `${c.start}-${c.end}`), c.quote).toBe(c.quote);
      expect(model.hiddenCount).toBe(0);
      // Each passage has one anchor (its first run) and one count badge (its last run).
      const runs = model.blocks.flatMap((b) => b.segments);
      for (const id of Object.keys(model.passages)) {
        expect(
          runs.filter((r) => r.first.includes(id)),
          id,
        ).toHaveLength(1);
        expect(
          runs.filter((r) => r.last.includes(id)),
          id,
        ).toHaveLength(1);
      }
      expect(model.citationCount).toBe(citations.length);
      expect(model.passageCount).toBe(new Set(citations.map((c) => `${c.start}-${c.end}`)).size);
    });
  }

  it("renders the html source as readable text: no tags, no front matter", () => {
    const model = buildSourceViewer(data, state(), "ndrc-international-cooperation")!;
    const text = model.blocks.flatMap((b) => b.segments.map((s) => s.text)).join("\n");
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain("layout:");
    expect(text).not.toContain("---");
    expect(model.blocks[0]).toMatchObject({ kind: "title" });
    expect(model.blocks.filter((b) => b.kind === "heading").length).toBeGreaterThanOrEqual(4);
  });

  it("lists what cites the focused passage, with links that keep countries and language", () => {
    const quote = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";
    const c = cited("cn-jp-comparison").find((x) => x.quote === quote)!;
    const model = buildSourceViewer(
      data,
      state({ lang: "zh", focus: `passage:${c.start}-${c.end}` }),
      "cn-jp-comparison",
    )!;
    expect(model.focusMissing).toBe(false);
    expect(model.focused?.quote).toBe(quote);
    expect(model.focused?.translation).toBeNull();
    const assessment = model.focused!.items.find(
      (i) => i.key === "assessment:CN:development-model",
    )!;
    expect(assessment.name).toBe(
      "中国 × " + data.dimensions.find((d) => d.key === "development-model")!.nameZh,
    );
    expect(assessment.href).toBe("/matrix?countries=CN,JP&lang=zh&focus=cell:CN:development-model");
    expect(model.passages[model.focused!.id].count).toBe(model.focused!.items.length);
  });

  it("gives English translations in English mode, and says when the focused passage does not exist", () => {
    const c = cited("ndrc-international-cooperation")[0];
    const en = buildSourceViewer(
      data,
      state({ focus: `passage:${c.start}-${c.end}` }),
      "ndrc-international-cooperation",
    )!;
    const translations = [
      en.focused!.translation,
      ...en.focused!.items.map((i) => i.translation),
    ].filter(Boolean);
    expect(translations.length).toBeGreaterThan(0);
    const missing = buildSourceViewer(
      data,
      state({ focus: "passage:1-2" }),
      "ndrc-international-cooperation",
    )!;
    expect([missing.focused, missing.focusMissing]).toEqual([null, true]);
    expect(buildSourceViewer(data, state(), "no-such-source")).toBeNull();
  });

  it("adds a cited item's country to the linked view when it is not selected", () => {
    const model = buildSourceViewer(data, state({ countries: ["JP", "KR"] }), "cn-jp-comparison")!;
    const c = cited("cn-jp-comparison")[0];
    const focused = buildSourceViewer(
      data,
      state({ countries: ["JP", "KR"], focus: `passage:${c.start}-${c.end}` }),
      "cn-jp-comparison",
    )!.focused!;
    expect(model.passageCount).toBeGreaterThan(0);
    for (const item of focused.items) expect(item.href).toMatch(/countries=JP,KR(,[A-Z]{2})?&/);
  });

  it("lists both documents with their passage counts and links that keep the view", () => {
    const list = buildSourceList(
      data,
      state({ countries: ["CN", "US"], focus: "cell:CN:development-model" }),
    );
    expect(list.map((s) => s.key).sort()).toEqual([
      "cn-jp-comparison",
      "ndrc-international-cooperation",
    ]);
    for (const s of list) {
      expect(s.passageCount).toBeGreaterThan(10);
      expect(s.href).toBe(`/sources/${s.key}?countries=CN,US&lang=en`);
      expect(s.originalTitle).toBe(data.sources.find((x) => x.key === s.key)!.titleZh);
    }
  });
});
