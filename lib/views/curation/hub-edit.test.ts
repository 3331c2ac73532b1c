import { describe, expect, it } from "vitest";
import { ENTITIES } from "@/lib/curation/facts";
import { seedData } from "@/testing/seed-data";
import { hubEdit } from "./hub-edit";

describe("hubEdit", () => {
  it("offers a new-fact form for every kind of fact and names every reference fact", () => {
    const data = seedData;
    const edit = hubEdit(data, "en");
    expect(edit.create.map((c) => c.entity)).toEqual([...ENTITIES]);
    expect(edit.create.find((c) => c.entity === "country")?.href).toBe(
      "/curation/edit/country?lang=en",
    );
    const [countries, dimensions, indicators] = edit.groups;
    expect(countries.items).toHaveLength(data.countries.length);
    expect(countries.items).toContainEqual({
      label: "Japan (JP)",
      href: "/curation/edit/country?key=JP&lang=en",
    });
    expect(dimensions.items[0].href).toBe("/curation/edit/dimension?key=development-model&lang=en");
    expect(indicators.items).toHaveLength(data.indicators.length);
    expect(hubEdit(data, "zh").groups[0].items[0].href).toMatch(/lang=zh$/);
  });
});
