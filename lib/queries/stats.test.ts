import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";
import { countDataset } from "./stats";

describe("countDataset", () => {
  it("counts the seeded dataset, and seeding twice changes nothing", async () => {
    await seedDatabase();
    const once = await countDataset();
    await seedDatabase();
    expect(await countDataset()).toEqual(once);
    expect(once).toMatchObject({ countries: 7, dimensions: 10, sources: 2 });
    expect(once.citations).toBeGreaterThan(150);
    expect(await getDb().country.findUnique({ where: { key: "CN" } })).toMatchObject({
      nameZh: "中国",
      nameEn: "China",
      coverage: "full",
    });
  });

  it("does not seed over a dataset that is already there", async () => {
    expect(await seedDatabase({ onlyIfEmpty: true })).toBe(false);
  });
});
