import { describe, expect, it } from "vitest";
import type { ViewState } from "@/lib/view-state/state";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { buildActors } from "./actors/model";
import { buildDataLaws } from "./data-laws/model";
import { buildDevelopmentModel } from "./development-model/model";
import { buildIndicators } from "./indicators/model";
import { buildRadar } from "./radar/model";
import { SERIES_COLORS } from "./style";
import { buildTimeline } from "./timeline/model";

const codes = data.countries.map((c) => c.key);
const view = (countries: string[]): ViewState =>
  viewStateOf({ countries: countries.join(",") }, "en");

const CHARTS = {
  radar: buildRadar,
  "development-model": buildDevelopmentModel,
  indicators: buildIndicators,
  timeline: (d: typeof data, s: ViewState) => buildTimeline(d, s),
  "data-laws": (d: typeof data, s: ViewState) => buildDataLaws(d, s),
  actors: buildActors,
};

/** Every country-coloured thing a chart model draws: { country: colour }, and fails on two colours for one country. */
function colours(model: { data: unknown }): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    const item = value as Record<string, unknown>;
    const country =
      typeof item.country === "string"
        ? item.country
        : typeof item.key === "string" && codes.includes(item.key)
          ? item.key
          : null;
    if (country && typeof item.color === "string") {
      expect(found[country] ?? item.color, country).toBe(item.color);
      found[country] = item.color;
    }
    Object.values(item).forEach(walk);
  };
  walk(model.data);
  return found;
}

describe("a country keeps its colour whatever else is selected", () => {
  for (const [name, build] of Object.entries(CHARTS)) {
    it(`on the ${name} chart`, () => {
      const pair = colours(build(data, view(["CN", "JP"])));
      const six = colours(build(data, view(["US", "SG", "KR", "EU", "JP", "CN"])));
      const reversed = colours(build(data, view(["JP", "CN"])));
      const drawn = Object.keys(pair);
      expect(drawn.length, `${name} draws a coloured country`).toBeGreaterThan(0);
      for (const country of drawn) {
        expect(six[country] ?? pair[country], `${country} among six`).toBe(pair[country]);
        expect(reversed[country], `${country} chosen first`).toBe(pair[country]);
      }
    });
  }

  it("gives each of the dataset's countries its own colour", () => {
    const radar = colours(buildRadar(data, view(codes.slice(0, 6))));
    const rest = colours(buildRadar(data, view(codes.slice(1, 7))));
    const all = { ...radar, ...rest };
    expect(new Set(Object.values(all)).size).toBe(Object.keys(all).length);
    expect(Object.values(all).every((c) => (SERIES_COLORS as readonly string[]).includes(c))).toBe(
      true,
    );
  });
});
