import type { Prisma } from "../../lib/generated/prisma/client";

/** ISO 3166 alpha-2 keys, plus EU for the European Union. */
export const countries = [
  { key: "CN", nameZh: "中国", nameEn: "China" },
  { key: "JP", nameZh: "日本", nameEn: "Japan" },
  { key: "US", nameZh: "美国", nameEn: "United States" },
  { key: "SG", nameZh: "新加坡", nameEn: "Singapore" },
  { key: "KR", nameZh: "韩国", nameEn: "South Korea" },
  { key: "IN", nameZh: "印度", nameEn: "India" },
  { key: "EU", nameZh: "欧盟", nameEn: "European Union" },
] as const;

export async function seedCountries(db: Prisma.TransactionClient) {
  for (const { key, ...names } of countries) {
    await db.country.upsert({ where: { key }, create: { key, ...names }, update: names });
  }
}
