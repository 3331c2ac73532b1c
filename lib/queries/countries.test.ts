import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";
import { countCountries } from "./countries";

describe("countCountries", () => {
  it("counts the seeded countries, and seeding twice changes nothing", async () => {
    await seedDatabase(getDb());
    await seedDatabase(getDb());
    expect(await countCountries()).toBe(7);
    const china = await getDb().country.findUnique({ where: { key: "CN" } });
    expect(china).toMatchObject({ nameZh: "中国", nameEn: "China", coverage: "full" });
  });
});
