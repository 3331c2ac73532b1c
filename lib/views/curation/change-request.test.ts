import { describe, expect, it } from "vitest";
import { applyChanges } from "@/lib/curation/apply";
import type { Change } from "@/lib/curation/changes";
import { diffChanges } from "@/lib/curation/diff";
import type { Dataset, SourceCitation } from "@/lib/dataset/schema";
import { seedData as data } from "@/testing/seed-data";
import { activityOf, buildChangeCards, quoteInContext, QUOTE_WINDOW } from "./change-request";
import { parseStatusFilter } from "./hub";
import { conflictRows, reanchorView } from "./obstacles";

const ID = "0b7c3d2e-1111-4222-8333-444455556666";
const jpData = { country: "JP", dimension: "data-governance" };
const assessment = data.assessments.find(
  (a) => a.country === "JP" && a.dimension === "data-governance",
)!;

/** A request as getChangeRequest returns it: the diff of its changes against the published data. */
function request(changes: Change[], status: "open" | "published" = "open") {
  const applied = applyChanges(data, changes, "en");
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return {
    id: ID,
    status,
    publishedVersion: status === "published" ? 7 : null,
    changes,
    diff: diffChanges(data, applied.data, changes),
  };
}

const levelAndSummary: Change = {
  op: "update",
  entity: "assessment",
  key: jpData,
  fields: { level: 4, summaryEn: "Japan has a national act and some specific rules." },
};

describe("buildChangeCards", () => {
  it("names the fact and every changed field in the reader's language, levels with their scale label", () => {
    const [card] = buildChangeCards(data, request([levelAndSummary]), "en");
    expect(card.heading).toBe("Japan × Data governance");
    expect(card.op).toBe("update");
    expect(card.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      [
        "Summary (English)",
        assessment.summaryEn,
        "Japan has a national act and some specific rules.",
      ],
      ["Scale level", "3 · National legal framework", "4 · Policies plus some specific rules"],
    ]);
    const [zh] = buildChangeCards(data, request([levelAndSummary]), "zh");
    expect(zh.heading).toBe("日本 × 数据治理");
    expect(zh.fields.map((f) => f.label)).toEqual(["摘要（英文）", "量表等级"]);
    expect(zh.fields[1].after).toBe("4 · 政策文件加部分专门规定");
  });

  it("still shows a change that no longer applies, against the published values", () => {
    const cr = { ...request([levelAndSummary]), diff: null };
    const [card] = buildChangeCards(data, cr, "en");
    expect(card.fields.find((f) => f.field === "level")?.after).toBe(
      "4 · Policies plus some specific rules",
    );
  });

  it("lists the citations added with their quote in context", () => {
    const cited = assessment.citations[1] as SourceCitation;
    const change: Change = {
      op: "update",
      entity: "assessment",
      key: jpData,
      fields: { citations: [assessment.citations[0]] },
    };
    const [card] = buildChangeCards(data, request([change]), "en");
    expect(card.fields).toEqual([]);
    expect(card.citationsAdded).toEqual([]);
    expect(card.citationsRemoved).toHaveLength(1);
    expect(card.citationsRemoved[0]).toMatchObject({ kind: "source", quote: cited.quote });
  });
});

describe("quoteInContext", () => {
  it("takes up to 40 characters of the cited source on either side of the quote", () => {
    const c = assessment.citations[0] as SourceCitation;
    const text = data.sources.find((s) => s.key === c.source)!.text;
    const view = quoteInContext(data, c, "en");
    if (view.kind !== "source") throw new Error("source citation expected");
    expect(view.quote).toBe(text.slice(c.start, c.end));
    expect(view.before).toBe(`…${text.slice(c.start - QUOTE_WINDOW, c.start)}`);
    expect(view.after).toBe(`${text.slice(c.end, c.end + QUOTE_WINDOW)}…`);
    expect(view.title).toBe(data.sources.find((s) => s.key === c.source)!.titleEn);
    expect(view.href).toBe(`/sources/${c.source}?lang=en&focus=passage:${c.start}-${c.end}`);
  });

  it("shows an HTML source's context as text, without its markup", () => {
    const c = data.assessments
      .flatMap((a) => a.citations)
      .find((x) => x.kind === "source" && x.source === "ndrc-international-cooperation")!;
    const view = quoteInContext(data, c, "zh");
    if (view.kind !== "source") throw new Error("source citation expected");
    expect(view.before + view.after).not.toMatch(/[<>]/);
    expect(view.translation).toBeNull();
  });

  it("keeps a quote whose source version is missing", () => {
    const c = { ...(assessment.citations[0] as SourceCitation), version: 9 };
    expect(quoteInContext(data, c, "en")).toMatchObject({ missing: true, href: null });
  });
});

describe("touched views", () => {
  const views = (changes: Change[], status?: "published") =>
    buildChangeCards(data, request(changes, status), "en")[0].touches.map((v) => v.href);

  it("links an assessment to the matrix cell, the radar and the charts of its dimension, as a preview", () => {
    expect(views([levelAndSummary])).toEqual([
      `/matrix?countries=CN,JP&lang=en&focus=cell:JP:data-governance&preview=${ID}`,
      `/charts/radar?countries=CN,JP&lang=en&preview=${ID}`,
      `/charts/data-laws?countries=CN,JP&lang=en&preview=${ID}`,
    ]);
    const model: Change = {
      op: "update",
      entity: "assessment",
      key: { country: "CN", dimension: "development-model" },
      fields: { confidence: "low" },
    };
    // The development model is a direction: its own chart, not the radar.
    expect(views([model]).map((h) => h.split("?")[0])).toEqual([
      "/matrix",
      "/charts/development-model",
    ]);
    const usDrivers: Change = {
      op: "update",
      entity: "assessment",
      key: { country: "US", dimension: "drivers" },
      fields: { confidence: "low" },
    };
    // A country outside the default pair is added to it; a dimension without a scale has no radar.
    expect(views([usDrivers])).toEqual([
      `/matrix?countries=CN,JP,US&lang=en&focus=cell:US:drivers&preview=${ID}`,
    ]);
  });

  it("links a data law to the timeline and the data-laws chart, an observation to the indicators", () => {
    const law: Change = {
      op: "update",
      entity: "event",
      key: { key: "jp-data-utilization-act-2016" },
      fields: { noteZh: "备注", noteEn: "A note" },
    };
    expect(views([law]).map((h) => h.split("?")[0])).toEqual([
      "/charts/timeline",
      "/charts/data-laws",
    ]);
    const obs: Change = {
      op: "update",
      entity: "observation",
      key: { key: data.observations[0].key },
      fields: { year: 2018 },
    };
    expect(views([obs])).toEqual([
      `/charts/indicators?countries=CN,JP&lang=en&focus=observation:${data.observations[0].key}&preview=${ID}`,
    ]);
  });

  it("links a published request to the version it made", () => {
    expect(views([levelAndSummary], "published")[0]).toBe(
      "/matrix?countries=CN,JP&lang=en&focus=cell:JP:data-governance&version=7",
    );
  });
});

describe("conflictRows", () => {
  it("shows the three values of a conflicting field in words", () => {
    const [row] = conflictRows(
      data as Dataset,
      [
        {
          change: 0,
          factKey: "assessment:JP:data-governance",
          field: "level",
          base: 3,
          published: 2,
          proposed: 4,
        },
      ],
      "en",
    );
    expect(row).toEqual({
      heading: "Japan × Data governance",
      field: "Scale level",
      base: "3 · National legal framework",
      published: "2 · General commitments only",
      proposed: "4 · Policies plus some specific rules",
    });
  });
});

describe("reanchorView", () => {
  it("names the source and lists each orphaned quote with its fact", () => {
    const report = {
      source: "cn-jp-comparison",
      from: 1,
      to: 1,
      anchored: 1,
      moved: 0,
      orphaned: 1,
      citations: [
        { factKey: "assessment:JP:data-governance", quote: "kept", status: "anchored" },
        { factKey: "assessment:JP:data-governance", quote: "lost", status: "orphaned" },
      ],
    };
    const view = reanchorView(data, report, "zh")!;
    expect(view.source).toBe(data.sources.find((s) => s.key === "cn-jp-comparison")!.titleZh);
    expect(view.orphans).toEqual([{ heading: "日本 × 数据治理", quote: "lost" }]);
    expect(reanchorView(data, null, "zh")).toBeNull();
  });
});

describe("activityOf", () => {
  it("merges reviews and comments into one thread, oldest first, marking the author", () => {
    const author = { id: "a", name: "Ana" };
    const editor = { id: "e", name: "Eda" };
    const items = activityOf(
      {
        authorId: "a",
        reviews: [
          {
            id: 1,
            decision: "request-changes",
            comment: "Cite the act",
            revision: 1,
            createdAt: "2025-01-02T10:00:00Z",
            reviewer: editor,
          },
        ],
        comments: [
          { id: 1, body: "Ready", createdAt: "2025-01-01T10:00:00Z", author },
          { id: 2, body: "Done", createdAt: "2025-01-03T10:00:00Z", author },
        ],
      },
      "en",
    );
    expect(items.map((i) => [i.kind, i.name, i.byAuthor, i.decision])).toEqual([
      ["comment", "Ana", true, null],
      ["review", "Eda", false, "request-changes"],
      ["comment", "Ana", true, null],
    ]);
  });
});

describe("parseStatusFilter", () => {
  it("keeps the known statuses named and ignores the rest", () => {
    expect(parseStatusFilter({ status: "open,approved,bogus" })).toEqual(["open", "approved"]);
    expect(parseStatusFilter({ status: "bogus" })).toBeNull();
    expect(parseStatusFilter({})).toBeNull();
  });
});
