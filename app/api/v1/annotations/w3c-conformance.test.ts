import { beforeAll, describe, expect, it } from "vitest";
import { findSource } from "@/lib/dataset/sources";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { seedDatabase } from "@/prisma/seed";
import { annotationApi } from "@/testing/annotation-api";
import { expandStrictly } from "@/testing/jsonld";
import { modelErrors } from "@/testing/w3c/validate";
import { GET as getOne } from "./[id]/route";
import { GET as list, POST } from "./route";

// The export against the W3C Web Annotation Data Model's MUST rules (testing/w3c/model-schema.ts),
// as a client elsewhere reads it: every target kind, a reply, a draft that must not show, paged
// two at a time, every page followed and every annotation's IRI dereferenced.

type Item = {
  id: string;
  motivation: string;
  body: { value: string; language: string }[];
  target: string | Resource | Resource[];
};
type Resource = {
  id: string;
  type: string;
  "scc:target": { kind: string };
  selector?: { type: string; value?: string };
};

let api: Awaited<ReturnType<typeof annotationApi>>;
const host = { host: "compare.example.org" };

describe("W3C Web Annotation conformance of the export", () => {
  beforeAll(async () => {
    await seedDatabase();
    api = await annotationApi(["author", "reader"]);
  });

  it("meets the model on every page at limit=2: each target kind, replies, drafts left out", async () => {
    const tag = `w3c${Date.now()}`;
    const text = findSource(await getDatasetSnapshot(), "cn-jp-comparison")!.text;
    const quote = text.slice(200, 230);
    const passage = {
      kind: "source-passage",
      source: "cn-jp-comparison",
      selector: [
        { type: "TextQuoteSelector", exact: quote },
        { type: "TextPositionSelector", start: 200, end: 230 },
      ],
    };
    const targets = [
      { kind: "assessment", country: "CN", dimension: "development-model" },
      { kind: "observation", observation: "cn-smart-city-projects" },
      { kind: "actor", actor: "cn-alibaba" },
      { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
      { kind: "chart-range", chart: "data-laws", country: "JP", from: 2012, to: 2014 },
      { kind: "event", event: "cn-stage-1" },
      passage,
      { kind: "view", path: "/charts/radar" },
      // Several targets: a fact and the passage behind it.
      [{ kind: "assessment", country: "JP", dimension: "ecosystem" }, passage],
    ];
    const made = [];
    for (const [i, target] of targets.entries())
      made.push(await api.post(POST, "author", { target, body: `Note ${i}`, tags: [tag] }));
    const chinese = "\u540c\u610f\u3002"; // "Agreed."
    await api.post(POST, "reader", {
      target: targets[0],
      body: chinese,
      parentId: made[0].id,
      tags: [tag],
    });
    const draft = `draft ${tag}`;
    await api.post(POST, "author", {
      target: targets[0],
      body: draft,
      tags: [tag],
      visibility: "private",
    });

    const url = `/api/v1/annotations?format=jsonld&tag=${tag}&limit=2`;
    const collection = await (await api.get(list, "reader", url, host)).json();
    expect(modelErrors("collection", collection)).toEqual([]);
    expect(collection.total).toBe(10);
    await expandStrictly(collection);

    const pages = [collection.first];
    while (pages.at(-1).next) {
      const page = await (await api.get(list, "reader", pages.at(-1).next, host)).json();
      expect(modelErrors("pageDocument", page), page.id).toEqual([]);
      expect(page.partOf).toEqual({ id: collection.id, label: collection.label, total: 10 });
      await expandStrictly(page);
      pages.push(page);
    }
    expect(pages).toHaveLength(5);
    expect(pages.at(-1).id).toBe(collection.last);
    const items: Item[] = pages.flatMap((p) => p.items);
    expect(new Set(items.map((a) => a.id)).size).toBe(10);
    expect(JSON.stringify(items)).not.toContain(draft);

    for (const item of items) {
      expect(modelErrors("annotation", item), item.id).toEqual([]);
      const own = await api.get(getOne, "reader", item.id, {
        ...host,
        accept: "application/ld+json",
      });
      const doc = await own.json();
      expect(modelErrors("annotationDocument", doc), item.id).toEqual([]);
      expect(doc).toEqual({ "@context": collection["@context"], ...item });
    }
    const kinds = items.flatMap((a) =>
      typeof a.target === "string" ? [] : [a.target].flat().map((t) => t["scc:target"].kind),
    );
    expect(new Set(kinds)).toEqual(new Set(targets.flat().map((t) => t.kind)));
    // One target is an object; several are an array of SpecificResources, in the order posted.
    const several = items.find((a) => Array.isArray(a.target))!;
    expect(several.body[0].value).toBe("Note 8");
    const [fact, quoted] = several.target as Resource[];
    expect([fact.type, quoted.type]).toEqual(["SpecificResource", "SpecificResource"]);
    expect(fact.selector).toMatchObject({
      type: "FragmentSelector",
      value: "assessment:ecosystem:JP",
    });
    expect(quoted["scc:target"]).toEqual(passage);
    expect(items.filter((a) => Array.isArray(a.target))).toHaveLength(1);
    for (const item of items.filter((a) => a.motivation !== "replying"))
      if (!Array.isArray(item.target))
        expect(typeof item.target === "object" && item.target.id).toBeTruthy();
    const reply = items.find((a) => a.motivation === "replying")!;
    expect(reply.target).toBe(`http://compare.example.org/api/v1/annotations/${made[0].id}`);
    expect(reply.body[0].language).toBe("zh");
  });
});
