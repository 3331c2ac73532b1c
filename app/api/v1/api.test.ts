import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { seedDatabase } from "@/prisma/seed";
import { GET as getAssessments } from "./assessments/route";
import { GET as getCountries } from "./countries/route";
import { GET as getDataset } from "./dataset/route";
import { GET as getDimensions } from "./dimensions/route";
import { GET as getIndicators } from "./indicators/route";
import { GET as getSource } from "./sources/[key]/route";
import { GET as getTimeline } from "./timeline/route";

const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
let auth: Record<string, string> = {};
const call = (handler: typeof getCountries, query = "", headers: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost/api/v1/x${query}`, { headers: { ...auth, ...headers } }),
    noParams,
  );
const getSourceAs = (key: string) =>
  getSource(new Request(`http://localhost/api/v1/sources/${key}`, { headers: auth }), {
    params: Promise.resolve({ key }),
  });

describe("the read API", () => {
  beforeAll(async () => {
    await seedDatabase();
    const { user } = await createUser({
      email: `api-viewer-${Date.now()}@example.com`,
      name: "Viewer",
      role: "viewer",
    });
    auth = { authorization: `Bearer ${(await createToken(user.id, "api test")).token}` };
  });

  it("lists countries and dimensions", async () => {
    const countries = await (await call(getCountries)).json();
    expect(countries.countries.map((c: { key: string }) => c.key)).toEqual(
      expect.arrayContaining(["CN", "JP", "US", "SG", "KR", "IN", "EU"]),
    );
    const dimensions = await (await call(getDimensions)).json();
    expect(
      dimensions.dimensions.find((d: { key: string }) => d.key === "development-model").scale,
    ).toHaveLength(5);
  });

  it("answers assessments for CN and JP with citations", async () => {
    const response = await call(getAssessments, "?countries=CN,JP&dimensions=development-model");
    expect(response.status).toBe(200);
    const { assessments } = await response.json();
    expect(assessments.map((a: { country: string }) => a.country).sort()).toEqual(["CN", "JP"]);
    for (const a of assessments) expect(a.citations.length).toBeGreaterThan(0);
  });

  it("filters the timeline by country and years", async () => {
    const { events } = await (await call(getTimeline, "?countries=CN&from=2014&to=2014")).json();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.country).toBe("CN");
      expect(Number(e.start.slice(0, 4))).toBeLessThanOrEqual(2014);
    }
    expect(events.map((e: { key: string }) => e.key)).toContain("cn-stage-2");
  });

  it("treats China's fourth stage as ongoing, and a stage without an end as a point", async () => {
    const { events } = await (await call(getTimeline, "?from=2024")).json();
    const keys = events.map((e: { key: string }) => e.key);
    expect(keys).toContain("cn-stage-4");
    expect(keys.some((key: string) => key.startsWith("jp-"))).toBe(false);
  });

  it("gives indicators with the observations of the chosen countries", async () => {
    const { indicators } = await (await call(getIndicators, "?countries=CN")).json();
    const observations = indicators.flatMap(
      (i: { observations: { country: string }[] }) => i.observations,
    );
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.every((o: { country: string }) => o.country === "CN")).toBe(true);
  });

  it("serves a source with the citations into it and what cites them", async () => {
    const response = await getSourceAs("cn-jp-comparison");
    const { source, citations } = await response.json();
    expect(source.text.length).toBeGreaterThan(1000);
    expect(citations.length).toBeGreaterThan(10);
    for (const c of citations) expect(source.text.slice(c.start, c.end)).toBe(c.quote);
    expect(
      citations.some((c: { citedBy: { type: string } }) => c.citedBy.type === "assessment"),
    ).toBe(true);
  });

  it("answers an unknown country, dimension, parameter or year with a 400 naming it", async () => {
    const cases: [typeof getCountries, string, RegExp][] = [
      [getAssessments, "?countries=CN,XX", /Unknown country or region "XX"/],
      [getAssessments, "?dimensions=weather", /Unknown dimension "weather"/],
      [getTimeline, "?countries=CN&from=20x4", /"from" must be a four-digit year/],
      [getTimeline, "?from=2020&to=2010", /"from" \(2020\) is after "to" \(2010\)/],
      [getIndicators, "?dimensions=drivers", /Unknown parameter "dimensions"/],
      [getDataset, "?foo=1", /Unknown parameter "foo"/],
    ];
    for (const [handler, query, message] of cases) {
      const response = await call(handler, query, { "accept-language": "en" });
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message).toMatch(message);
    }
  });

  it("speaks the user's language in errors", async () => {
    const response = await call(getAssessments, "?countries=XX", {
      "accept-language": "zh-CN,zh;q=0.9",
    });
    expect((await response.json()).error.message).toBe(
      "未知的国家或地区“XX”；可选：CN、EU、IN、JP、KR、SG、US",
    );
  });

  it("answers an unknown source with a 404", async () => {
    const response = await getSourceAs("nope");
    expect(response.status).toBe(404);
  });

  it("sends an ETag and Cache-Control, and 304 when nothing changed", async () => {
    const first = await call(getDataset);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect((await first.json()).format).toBe("smart-city-compare/dataset");
    const second = await call(getDataset, "", { "if-none-match": etag! });
    expect(second.status).toBe(304);
  });
});
