import { getDb } from "@/lib/db/client";

export function countCountries(): Promise<number> {
  return getDb().country.count();
}
