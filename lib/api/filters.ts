import type { Dataset } from "@/lib/dataset/schema";
import type { ComparisonFilter } from "@/lib/queries/comparison";
import { badRequest } from "./errors";
import { assertKnownParams, keyList, yearParam } from "./query";

type FilterParam = "countries" | "dimensions" | "from" | "to";

/** Parses the filter parameters a route accepts, checking every key against the dataset. */
export function parseFilter(url: URL, allowed: readonly FilterParam[], data: Dataset): ComparisonFilter {
  assertKnownParams(url, allowed);
  const filter: ComparisonFilter = {
    countries: keyList(url, "countries", data.countries.map((c) => c.key), { zh: "国家", en: "country" }),
    dimensions: keyList(url, "dimensions", data.dimensions.map((d) => d.key), { zh: "维度", en: "dimension" }),
    from: yearParam(url, "from"),
    to: yearParam(url, "to"),
  };
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw badRequest(`起始年份 ${filter.from} 晚于结束年份 ${filter.to}`, `"from" (${filter.from}) is after "to" (${filter.to})`);
  }
  return filter;
}
