import { expect, test, type Page } from "@playwright/test";
import { buildActors } from "@/lib/charts/actors/model";
import { buildDataLaws } from "@/lib/charts/data-laws/model";
import { buildDevelopmentModel } from "@/lib/charts/development-model/model";
import { buildIndicators } from "@/lib/charts/indicators/model";
import { buildMatrix } from "@/lib/charts/matrix/model";
import { buildRadar } from "@/lib/charts/radar/model";
import { buildTimeline } from "@/lib/charts/timeline/model";
import { parseViewState } from "@/lib/view-state/state";
import { loadSeedDataset } from "@/prisma/seed";
import { signIn } from "./support/users";

// Every mark a chart draws, from three places: the view model, the page in Chromium and the
// exported SVG. They must be the same set (data-mark keys), with two countries and with six.

const BUILDERS = {
  radar: buildRadar,
  "development-model": buildDevelopmentModel,
  timeline: buildTimeline,
  "data-laws": buildDataLaws,
  indicators: buildIndicators,
  actors: buildActors,
  matrix: buildMatrix,
};
type Chart = keyof typeof BUILDERS;

async function screenMarks(page: Page, chart: Chart) {
  const scope = page.getByTestId(chart === "matrix" ? "matrix" : "chart-body");
  await expect(scope.locator("[data-mark]").first()).toBeAttached();
  return (
    await scope
      .locator("[data-mark]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-mark")!))
  ).sort();
}

for (const countries of ["CN,JP", "CN,JP,US,SG,KR,EU"]) {
  test(`the model, the screen and the export draw the same marks for ${countries}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const data = await loadSeedDataset();
    await signIn(page, "analyst");
    for (const chart of Object.keys(BUILDERS) as Chart[]) {
      const known = {
        countries: data.countries.map((c) => c.key),
        dimensions: data.dimensions.map((d) => d.key),
      };
      const state = parseViewState({ countries }, known, "en").state;
      const model = [...BUILDERS[chart](data, state).marks].sort();
      await page.goto(
        `${chart === "matrix" ? "/matrix" : `/charts/${chart}`}?countries=${countries}&lang=en`,
      );
      expect(await screenMarks(page, chart), `${chart} on screen`).toEqual(model);
      const svg = await (
        await page.request.get(`/api/v1/charts/${chart}/export.svg?countries=${countries}&lang=en`)
      ).text();
      expect(
        [...svg.matchAll(/data-mark="([^"]+)"/g)].map((m) => m[1]).sort(),
        `${chart} exported`,
      ).toEqual(model);
    }
  });
}
