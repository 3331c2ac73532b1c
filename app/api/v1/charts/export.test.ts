import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { reviewMarks } from "@/lib/queries/history";
import { CHARTS } from "@/components/charts/registry";
import { seedData, viewStateOf } from "@/testing/seed-data";
import { seedDatabase } from "@/prisma/seed";
import { GET } from "./[chart]/[file]/route";
import { acquireHeavy, HEAVY_LIMITS } from "@/lib/limits/heavy";

const tokens: Record<string, string> = {};
const get = (path: string, who: "viewer" | "analyst" = "analyst") => {
  const [chart, rest] = path.split("/");
  const [file] = rest.split("?");
  return GET(
    new Request(`http://localhost/api/v1/charts/${path}`, {
      headers: { authorization: `Bearer ${tokens[who]}` },
    }),
    { params: Promise.resolve({ chart, file }) },
  );
};

describe("GET /api/v1/charts/{chart}/export.csv", () => {
  beforeAll(async () => {
    await seedDatabase();
    for (const role of ["viewer", "analyst"] as const) {
      const { user } = await createUser({
        email: `export-${role}-${Date.now()}@example.com`,
        name: `export ${role}`,
        role,
      });
      tokens[role] = (await createToken(user.id, "export")).token;
    }
  });

  it("gives each chart's table view as CSV, in the asked language", async () => {
    for (const chart of [
      "radar",
      "development-model",
      "timeline",
      "indicators",
      "actors",
      "data-laws",
      "matrix",
    ] as const) {
      const response = await get(`${chart}/export.csv?countries=cn,JP&lang=zh`);
      expect(response.status, chart).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)], "UTF-8 byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parse(new TextDecoder().decode(bytes)) as string[][];
      // The published matrix also has a column of reviewed marks, as the route builds it.
      const extras = chart === "matrix" ? { reviewed: await reviewMarks() } : undefined;
      const { table } = CHARTS[chart].build(
        seedData,
        { ...viewStateOf({ countries: "CN,JP" }, "zh"), view: "table" },
        extras,
      );
      // The last column names the dataset version the figures come from.
      expect(header, chart).toEqual([...table.columns.map((c) => c.label), "数据集版本"]);
      const version = rows[0]?.at(-1);
      expect(version, chart).toMatch(/^\d+$/);
      expect(rows, chart).toEqual(
        table.rows.map((row) => [
          ...table.columns.map((c) =>
            row[c.key] === null || row[c.key] === undefined ? "" : String(row[c.key]),
          ),
          version,
        ]),
      );
      expect(rows.length, chart).toBeGreaterThan(0);
    }
  });

  it("keeps the filters: dimensions and years", async () => {
    const [, ...rows] = parse(
      await (await get("matrix/export.csv?countries=CN,JP&dims=drivers&lang=en")).text(),
    ) as string[][];
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["Drivers", "China"],
      ["Drivers", "Japan"],
    ]);
    const all = parse(await (await get("timeline/export.csv?lang=en")).text()) as string[][];
    const some = parse(
      await (await get("timeline/export.csv?lang=en&from=2016&to=2020")).text(),
    ) as string[][];
    expect(some.length).toBeLessThan(all.length);
  });

  it("draws SVG and PNG on the server: title, sources and Chinese text; 1200 px per scale step", async () => {
    const svg = await get("matrix/export.svg?countries=CN,JP&lang=zh");
    expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const text = await svg.text();
    expect(text).toContain("<title>比较矩阵</title>");
    expect(text).toContain("来源：");
    expect(text).toContain("自上而下");
    for (const scale of [1, 2, 4]) {
      const png = await get(`development-model/export.png?countries=CN,JP&lang=en&scale=${scale}`);
      expect(png.headers.get("content-type")).toBe("image/png");
      expect(png.headers.get("content-disposition")).toMatch(
        new RegExp(
          `smart-city-compare-development-model-CN-JP-v\\d+-en${scale > 1 ? `@${scale}x` : ""}\\.png`,
        ),
      );
      const bytes = Buffer.from(await png.arrayBuffer());
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect(bytes.readUInt32BE(16)).toBe(1200 * scale);
    }
  }, 60_000);

  it("with annotations=1, the image carries the team's annotations as a numbered legend", async () => {
    const body = `Legend check ${Date.now()}`;
    const tag = `legend${Date.now()}`;
    const { POST } = await import("../annotations/route");
    const posted = await POST(
      new Request("http://localhost/api/v1/annotations", {
        method: "POST",
        headers: { authorization: `Bearer ${tokens.analyst}`, "content-type": "application/json" },
        body: JSON.stringify({
          // The radar's point as the first version posted it: the assessment it draws.
          target: { kind: "chart-point", chart: "radar", country: "CN", x: "data-governance" },
          body,
          tags: [tag],
        }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(posted.status).toBe(201);
    // Chosen by its tag: the legend numbers the oldest 20 of the view, and other test files may
    // have written more notes on assessments before this one.
    const withNotes = await (
      await get(`radar/export.svg?lang=en&annotations=1&annotation-tag=${tag}`)
    ).text();
    expect(withNotes).toContain(body);
    expect(withNotes).toContain("annotation-marker");
    // Its number stands on the assessment's mark.
    expect(withNotes).toContain(
      'class="annotation-marker" data-annotations="assessment:data-governance:CN"',
    );
    expect(await (await get("radar/export.svg?lang=en")).text()).not.toContain(body);
  }, 60_000);

  it("draws only the annotations chosen by tag, status, author or id, and at most as many as asked", async () => {
    const { POST } = await import("../annotations/route");
    const stamp = Date.now();
    const note = async (dimension: string, body: string, tags: string[]) => {
      const response = await POST(
        new Request("http://localhost/api/v1/annotations", {
          method: "POST",
          headers: {
            authorization: `Bearer ${tokens.analyst}`,
            "content-type": "application/json",
          },
          body: JSON.stringify({
            target: { kind: "assessment", country: "JP", dimension },
            body,
            tags,
          }),
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(201);
      return ((await response.json()) as { annotation: { id: string } }).annotation.id;
    };
    const tag = `pick${stamp}`;
    const first = await note("ecosystem", `Chosen one ${stamp}`, [tag]);
    await note("data-sharing", `Chosen two ${stamp}`, [tag]);
    await note("data-governance", `Not chosen ${stamp}`, ["other"]);
    const svg = async (query: string) =>
      (await get(`radar/export.svg?lang=en&annotations=1&${query}`)).text();

    const byTag = await svg(`annotation-tag=${tag}`);
    expect(byTag).toContain(`Chosen one ${stamp}`);
    expect(byTag).toContain(`Chosen two ${stamp}`);
    expect(byTag).not.toContain(`Not chosen ${stamp}`);
    const limited = await svg(`annotation-tag=${tag}&annotation-limit=1`);
    expect(limited).toContain(`Chosen one ${stamp}`);
    expect(limited).not.toContain(`Chosen two ${stamp}`);
    const picked = await svg(`annotation-ids=${first}`);
    expect(picked).toContain(`Chosen one ${stamp}`);
    expect(picked).not.toContain(`Chosen two ${stamp}`);
    expect(await svg(`annotation-tag=${tag}&annotation-status=resolved`)).not.toContain(
      `Chosen one ${stamp}`,
    );
    expect(await svg("annotation-author=nobody")).not.toContain(`Chosen one ${stamp}`);

    // The choice is made in the database: an old thread is found behind 520 newer ones (the view's
    // list stops at 500), and the legend counts what matched beyond the limit.
    const old = await getDb().annotation.findUniqueOrThrow({
      where: { id: first },
      include: { targets: true },
    });
    const newer = Array.from({ length: 520 }, () => crypto.randomUUID());
    await getDb().annotation.createMany({
      data: newer.map((id, i) => ({
        id,
        authorId: old.authorId,
        body: `Newer ${stamp} ${i}`,
        tags: [`busy${stamp}`],
        createdAt: new Date(Date.now() + 1000 + i),
      })),
    });
    await getDb().annotationTargetRef.createMany({
      data: newer.flatMap((annotationId) =>
        old.targets.map(({ position, kind, key, target }) => ({
          annotationId,
          position,
          kind,
          key,
          target: target as object,
        })),
      ),
    });
    const behind = await svg(`annotation-ids=${first}`);
    expect(behind).toContain(`Chosen one ${stamp}`);
    const busy = await svg(`annotation-tag=busy${stamp}`);
    expect(busy).toContain(`Newer ${stamp} 0`);
    expect(busy).toContain("500 more");
    await getDb().annotation.deleteMany({ where: { tags: { has: `busy${stamp}` } } });

    const notUuid = await get("radar/export.svg?lang=en&annotations=1&annotation-ids=abc");
    expect(notUuid.status).toBe(400);
    expect(((await notUuid.json()) as { error: { message: string } }).error.message).toBe(
      "annotation-ids must name annotations by their ids (UUIDs), separated by commas; \u201Cabc\u201D is not one.",
    );

    const bad = await get("radar/export.svg?lang=en&annotations=1&annotation-limit=99");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      "annotation-limit must be a whole number from 1 to 20.",
    );
  }, 60_000);

  it("gives the data, its evidence and a README as a zip, with the same rules", async () => {
    const response = await get("radar/export.zip?countries=CN,JP&lang=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const version = response.headers.get("x-dataset-version");
    const base = `smart-city-compare-radar-CN-JP-v${version}-en`;
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${base}.zip"`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      [`${base}.csv`, `${base}-evidence.csv`, "README.md"].sort(),
    );
    // The data file is the CSV export itself.
    expect(Buffer.from(files[`${base}.csv`]).toString()).toBe(
      Buffer.from(
        await (await get("radar/export.csv?countries=CN,JP&lang=en")).arrayBuffer(),
      ).toString(),
    );
    const evidence = parse(Buffer.from(files[`${base}-evidence.csv`]), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    for (const row of evidence.filter((r) => r.evidence === "source"))
      expect(seedData.sources.find((s) => s.key === row.source_id)!.text).toContain(row.quote);
    const readme = Buffer.from(files["README.md"]).toString();
    expect(readme).toContain(`Dataset version: ${version}`);
    expect(readme).toContain(
      `View: http://localhost/charts/radar?countries=CN,JP&lang=en&version=${version}`,
    );
    expect(readme).toContain("No licence is stated.");

    expect((await get("radar/export.zip", "viewer")).status).toBe(403);
    const bad = await get("radar/export.zip?countries=CN,XX&lang=zh");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /未知的国家或地区/,
    );
  });

  it("answers bad requests with a 400 that names the problem, and viewers with a 403", async () => {
    const message = async (path: string) => {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      return ((await response.json()) as { error: { message: string } }).error.message;
    };
    expect(await message("pie/export.csv?lang=en")).toMatch(/There is no chart "pie"/);
    expect(await message("radar/export.csv?countries=CN,XX&lang=en")).toMatch(
      /Unknown country or region "XX"/,
    );
    expect(await message("radar/export.csv?countries=CN&lang=en")).toMatch(/Choose 2 to 6/);
    expect(await message("radar/export.pdf?lang=en")).toMatch(
      /Unknown export "export.pdf"; available: export.csv, export.svg, export.png, export.zip/,
    );
    expect(await message("radar/export.csv?colour=red&lang=en")).toMatch(
      /Unknown parameter "colour"/,
    );
    expect(await message("timeline/export.csv?from=2020&to=2010&lang=en")).toMatch(
      /from must not be after to/,
    );
    expect(await message("radar/export.png?scale=3&lang=en")).toMatch(/scale must be 1, 2 or 4/);
    expect(await message("radar/export.svg?annotations=yes&lang=en")).toMatch(
      /annotations must be 0 or 1/,
    );
    expect(await message("radar/export.csv?countries=CN,XX&lang=zh")).toMatch(/未知的国家或地区/);
    expect((await get("radar/export.csv", "viewer")).status).toBe(403);
  });
});

describe("heavy exports are bounded per user", () => {
  it("answers 429 with Retry-After while the user has the limit running, then draws again", async () => {
    const { user } = await createUser({
      email: `export-busy-${Date.now()}@example.com`,
      name: "busy",
      role: "analyst",
    });
    tokens.busy = (await createToken(user.id, "busy")).token;
    const call = () =>
      GET(
        new Request("http://localhost/api/v1/charts/radar/export.svg?countries=CN,JP&lang=en", {
          headers: { authorization: `Bearer ${tokens.busy}` },
        }),
        { params: Promise.resolve({ chart: "radar", file: "export.svg" }) },
      );
    const held = Array.from({ length: HEAVY_LIMITS.export.perUser }, () =>
      acquireHeavy("export", user.id),
    );
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(HEAVY_LIMITS.export.retryAfter));
    expect((await refused.json()).error.code).toBe("rate_limited");
    // The zip takes the same slots.
    const zip = await GET(
      new Request("http://localhost/api/v1/charts/radar/export.zip?countries=CN,JP&lang=en", {
        headers: { authorization: `Bearer ${tokens.busy}` },
      }),
      { params: Promise.resolve({ chart: "radar", file: "export.zip" }) },
    );
    expect(zip.status).toBe(429);
    // Another analyst is not held up by this one.
    expect((await get("radar/export.csv?countries=CN,JP&lang=en")).status).toBe(200);
    held.forEach((release) => release());
    expect((await call()).status).toBe(200);
  });
});
