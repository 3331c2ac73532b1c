import { describe, expect, it } from "vitest";
import { loadSeedDataset } from "@/prisma/seed";
import { cnJpView } from "@/testing/seed-data";
import { buildActors } from "./model";

const data = await loadSeedDataset();
const view = cnJpView;
const countOf = (model: ReturnType<typeof buildActors>, country: string) =>
  model.data.counts.find((c) => c.country === country)!;

describe("buildActors", () => {
  it("counts the actors of each type per country", () => {
    const model = buildActors(data, view());
    expect(countOf(model, "CN")).toMatchObject({
      government: 8,
      enterprise: 9,
      citizens: 1,
      international: 1,
      academic: 0,
    });
    expect(countOf(model, "JP")).toMatchObject({
      government: 5,
      enterprise: 1,
      citizens: 1,
      international: 0,
      academic: 1,
    });
    expect(countOf(model, "JP").names.government).toEqual([
      "Local governments (JP)",
      "Ministry of Economy, Trade and Industry (METI)",
      "Ministry of Internal Affairs and Communications",
      "Ministry of Land, Infrastructure, Transport and Tourism (MLIT)",
      "Ministry of the Environment",
    ]);
    expect(model.data.types.map((t) => t.type)).toEqual([
      "government",
      "enterprise",
      "citizens",
      "international",
      "academic",
    ]);
  });

  it("groups each country's actors by type, with their roles", () => {
    const zh = buildActors(data, view({ lang: "zh" }));
    const china = zh.data.groups.find((g) => g.country === "CN")!;
    expect(china).toMatchObject({ name: "中国", total: "共 19 个主体" });
    expect(china.types.map((t) => t.name)).toEqual(["政府", "企业", "市民", "国际"]);
    const central = china.types[0].actors.find((a) => a.key === "cn-central-government")!;
    expect(central.name).toBe("中央和各部委（中共中央、国务院）");
    expect(central.roles.map((r) => r.dimension)).toEqual(["发展模式", "建设目标"]);
  });

  it("has one table row per actor, with its roles joined as 'dimension: role'", () => {
    const model = buildActors(data, view());
    expect(model.table.rows.length).toBe(
      data.actors.filter((a) => ["CN", "JP"].includes(a.country)).length,
    );
    expect(model.table.rows.length).toBe(
      model.data.groups.flatMap((g) => g.types.flatMap((t) => t.actors)).length,
    );
    const private_ = model.table.rows.find((r) => r.actor === "Private enterprises (JP)")!;
    expect(private_).toMatchObject({ country: "Japan", type: "Enterprises", citations: 2 });
    expect(private_.roles).toBe(
      "Actors: Take on construction commissioned by local governments, tending to cover only fields their own technology can handle. Ecosystem: Lack enthusiasm and drive for smart cities, and rarely cooperate with each other.",
    );
    const zhRow = buildActors(data, view({ lang: "zh" })).table.rows.find(
      (r) => r.actor === "日本民营企业",
    )!;
    expect(zhRow.roles).toMatch(/^参与主体：受地方政府委托.+领域。建设生态：对智慧城市/);
  });

  it("notes the countries the sources name no actors for", () => {
    const model = buildActors(data, view({ countries: ["CN", "US"] }));
    expect(model.caveats).toEqual(["United States: the sources name no actors."]);
    expect(model.data.counts.map((c) => c.country)).toEqual(["CN"]);
    expect(buildActors(data, view({ countries: ["US", "SG"] })).empty).toBe(true);
  });

  it("keeps only roles on the selected dimensions", () => {
    const model = buildActors(data, view({ dims: ["data-governance"] }));
    expect(model.table.rows.map((r) => r.actor)).toEqual([
      "Ministry of Natural Resources of the PRC",
      "State Administration for Market Regulation (SAMR) and Standardization Administration of China (SAC)",
      "Citizens (CN)",
    ]);
    expect(model.caveats).toContain("Only roles on the selected dimensions are shown.");
    expect(model.caveats).toContain("Japan: the sources name no actors.");
  });

  it("gives the focused actor's roles with their evidence", () => {
    const model = buildActors(data, view({ focus: "actor:jp-mic" }));
    expect(countOf(model, "JP").focusType).toBe("government");
    expect(model.data.focus).toMatchObject({
      name: "Ministry of Internal Affairs and Communications",
      type: "Government",
      country: "Japan",
    });
    expect(model.data.focus!.roles[0].evidence[0]).toMatchObject({
      kind: "source",
      href: expect.stringContaining("/sources/"),
    });
    expect(buildActors(data, view({ focus: "actor:us-nobody" })).data).toMatchObject({
      focus: null,
      focusMissing: true,
    });
  });
});
