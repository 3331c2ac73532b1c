import { z } from "zod";
import type { Dataset } from "@/lib/dataset/schema";
import { badRequest } from "@/lib/errors/app-error";
import type { ComparisonFilter } from "@/lib/dataset/select";
import { assertKnownKeys, listParam, yearParam } from "./params";

/** The filter parameters of the read API; each route picks the ones it accepts. */
export const filterParams = z.object({
  countries: listParam("countries").optional(),
  dimensions: listParam("dimensions").optional(),
  from: yearParam("from").optional(),
  to: yearParam("to").optional(),
});

/** The parsed filter, with every key checked against the dataset. */
export function checkFilter(filter: ComparisonFilter, data: Dataset): ComparisonFilter {
  assertKnownKeys(
    filter.countries?.map((c) => c.toUpperCase()),
    data.countries.map((c) => c.key),
    "unknownCountry",
  );
  assertKnownKeys(
    filter.dimensions,
    data.dimensions.map((d) => d.key),
    "unknownDimension",
  );
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to)
    throw badRequest("yearsReversed", { from: String(filter.from), to: String(filter.to) });
  return { ...filter, countries: filter.countries?.map((c) => c.toUpperCase()) };
}

/** The comparison filter of parsed parameters, without the others (version, …). */
export const filterOf = ({
  countries,
  dimensions,
  from,
  to,
}: ComparisonFilter & Record<string, unknown>): ComparisonFilter => ({
  countries,
  dimensions,
  from,
  to,
});
