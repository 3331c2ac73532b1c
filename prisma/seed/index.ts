import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedCountries } from "./countries";

/** Loads the reference dataset; idempotent, so every start can run it. */
export async function seedDatabase(db: PrismaClient) {
  await db.$transaction(async (tx) => {
    await seedCountries(tx);
  });
}

/** Seeds the database at `url` with a short-lived client. */
export async function seedDatabaseAt(url: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}
