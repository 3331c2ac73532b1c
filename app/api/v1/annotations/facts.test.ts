import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { viewScope } from "@/lib/annotations/scope";
import { targetKey } from "@/lib/annotations/target-keys";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { chartAnnotations } from "@/lib/charts/annotations";
import type { ChartTarget } from "@/lib/charts/types";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/permissions";
import { countAnnotations, listAnnotations } from "@/lib/queries/annotation-lists";
import { countByTarget } from "@/lib/queries/annotations";
import { viewMarkers } from "@/lib/views/annotations";
import { seedDatabase } from "@/prisma/seed";
import { seedData } from "@/testing/seed-data";
import { callRoute } from "@/testing/call-route";
import { received } from "@/testing/received";
import { DELETE } from "./[id]/route";
import { GET as list, POST } from "./route";

// Annotations on facts: one note on an assessment is the same note, counted the same, in the
// matrix, on the radar or the development-model chart and in the detail; a note on several
// targets counts once on each and is listed under each; a list of targets is checked whole.

let token = "";
let user: CurrentUser;
const stamp = Date.now();

const post = async (body: Record<string, unknown>) =>
  received(await callRoute(POST, token, "/api/v1/annotations", { method: "POST", body }));
const created = async (body: Record<string, unknown>) => {
  const response = await post(body);
  expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(201);
  return (await response.json()).annotation as AnnotationView;
};

const assessment = (country: string, dimension: string) =>
  ({ kind: "assessment", country, dimension }) as const satisfies AnnotationTarget;

/** The badge count on `key` in a view, as the screen gets it. */
async function badge(path: string, key: string) {
  return (
    (await countByTarget(user, viewScope(path, seedData))).find((g) => g.key === key)?.count ?? 0
  );
}

/** The count on `key`'s mark in a chart, as the page gets it (counts per key, then marks). */
async function markCount(path: string, chart: ChartTarget, key: string) {
  return (await viewMarkers(user, path, chart)).markers.counts[key] ?? 0;
}

/** How many notes the detail lists on a target. */
const listed = (key: string) => countAnnotations(user, { targetKey: key, limit: 1 });

const VIEWS = [
  ["/matrix", "matrix"],
  ["/charts/radar", "radar"],
  ["/charts/development-model", "development-model"],
] as const;

/** Every count a reader sees for `key`: badges and marks per view, and the detail list. */
async function counts(key: string) {
  const out: Record<string, number> = { detail: await listed(key) };
  for (const [path, chart] of VIEWS) {
    out[`badge ${chart}`] = await badge(path, key);
    out[`mark ${chart}`] = await markCount(path, chart, key);
  }
  return out;
}
const minus = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)]));

describe("annotations on facts", () => {
  beforeAll(async () => {
    await seedDatabase();
    const made = await createUser({
      email: `facts-${stamp}@example.com`,
      name: "facts analyst",
      role: "analyst",
    });
    user = { ...made.user, role: "analyst" } as CurrentUser;
    token = (await createToken(made.user.id, "facts")).token;
  });

  it("counts one note on an assessment the same in the matrix, on its chart and in the detail", async () => {
    const tag = `fact${stamp}`;
    // The development model: drawn in the matrix and by its own chart, kept off the radar.
    const model = assessment("CN", "development-model");
    const modelKey = targetKey(model);
    // A maturity scale: drawn in the matrix and on the radar.
    const ecosystem = assessment("CN", "ecosystem");
    const ecosystemKey = targetKey(ecosystem);
    const [modelBefore, ecosystemBefore] = [await counts(modelKey), await counts(ecosystemKey)];

    await created({ target: model, body: "Top-down, says the source", tags: [tag] });
    // The radar's point as the first version posted it: the same fact.
    const old = await created({
      target: { kind: "chart-point", chart: "radar", country: "CN", x: "ecosystem" },
      body: "Ecosystem note",
      tags: [tag],
    });
    expect(old.targets).toEqual([ecosystem]);
    expect(old.targetKeys).toEqual([ecosystemKey]);

    expect(minus(await counts(modelKey), modelBefore)).toEqual({
      detail: 1,
      "badge matrix": 1,
      "mark matrix": 1,
      // The radar draws no direction: the note is neither counted nor listed there.
      "badge radar": 0,
      "mark radar": 0,
      "badge development-model": 1,
      "mark development-model": 1,
    });
    expect(minus(await counts(ecosystemKey), ecosystemBefore)).toEqual({
      detail: 1,
      "badge matrix": 1,
      "mark matrix": 1,
      "badge radar": 1,
      "mark radar": 1,
      "badge development-model": 0,
      "mark development-model": 0,
    });

    // The notes as a chart numbers and counts them (chartAnnotations): on the same marks.
    const { annotations } = await listAnnotations(user, { tag, limit: 50 });
    expect(annotations).toHaveLength(2);
    expect(chartAnnotations(annotations, "matrix").counts).toEqual({
      [modelKey]: 1,
      [ecosystemKey]: 1,
    });
    expect(chartAnnotations(annotations, "radar").counts).toEqual({ [ecosystemKey]: 1 });
    expect(chartAnnotations(annotations, "development-model").counts).toEqual({ [modelKey]: 1 });
    // The detail lists each under its fact.
    const detail = await listAnnotations(user, { targetKey: modelKey, tag, limit: 50 });
    expect(detail.annotations.map((a) => a.body)).toEqual(["Top-down, says the source"]);
  });

  // Known issue: the radar's scope is every assessment ("assessment:"), the development model's
  // included, though the radar draws no mark for a direction. Its panel lists those notes, and an
  // exported radar numbers them in its legend (the first 20 chosen in the database) with no marker
  // on the chart. `it.fails` until the scope leaves them out: then make this a plain `it`.
  it("leaves out of the radar's view the assessments the radar does not draw", async () => {
    const key = targetKey(assessment("JP", "development-model"));
    const before = await countAnnotations(user, {
      scope: viewScope("/charts/radar", seedData),
      limit: 1,
    });
    await created({ target: assessment("JP", "development-model"), body: "Not on the radar" });
    expect(await badge("/charts/radar", key)).toBe(0);
    expect(
      await countAnnotations(user, { scope: viewScope("/charts/radar", seedData), limit: 1 }),
    ).toBe(before);
  });

  it("counts a note on two targets once on each, and lists it under each", async () => {
    const tag = `two${stamp}`;
    const goals = assessment("JP", "goals");
    const drivers = assessment("JP", "drivers");
    const [goalsKey, driversKey] = [goals, drivers].map(targetKey);
    const text = (
      await getDb().sourceDocument.findUniqueOrThrow({
        where: { key_version: { key: "cn-jp-comparison", version: 1 } },
      })
    ).text;
    const passage = {
      kind: "source-passage",
      source: "cn-jp-comparison",
      selector: [
        { type: "TextQuoteSelector", exact: text.slice(300, 330) },
        { type: "TextPositionSelector", start: 300, end: 330 },
      ],
    } as const satisfies AnnotationTarget;
    const passageKey = targetKey(passage);
    const before = {
      goals: await counts(goalsKey),
      drivers: await counts(driversKey),
      passage: await badge("/sources/cn-jp-comparison", passageKey),
      matrixList: await countAnnotations(user, {
        scope: viewScope("/matrix", seedData),
        tag,
        limit: 1,
      }),
    };

    const compared = await created({ target: [goals, drivers], body: "Compare both", tags: [tag] });
    expect(compared.targets).toEqual([goals, drivers]);
    expect(compared.targetKeys).toEqual([goalsKey, driversKey]);
    const quoted = await created({ target: [drivers, passage], body: "Behind it", tags: [tag] });
    expect(quoted.targetKeys).toEqual([driversKey, passageKey]);

    const goalsNow = minus(await counts(goalsKey), before.goals);
    const driversNow = minus(await counts(driversKey), before.drivers);
    // Goals and drivers have no scale: the radar does not draw them, so it counts neither.
    expect(goalsNow).toMatchObject({
      detail: 1,
      "badge matrix": 1,
      "mark matrix": 1,
      "mark radar": 0,
    });
    expect(driversNow).toMatchObject({
      detail: 2,
      "badge matrix": 2,
      "mark matrix": 2,
      "mark radar": 0,
    });
    expect((await badge("/sources/cn-jp-comparison", passageKey)) - before.passage).toBe(1);
    // Listed under each of its targets, and once in a view that has both.
    const under = async (key: string) =>
      (await listAnnotations(user, { targetKey: key, tag, limit: 50 })).annotations.map(
        (a) => a.body,
      );
    expect(await under(goalsKey)).toEqual(["Compare both"]);
    expect((await under(driversKey)).sort()).toEqual(["Behind it", "Compare both"]);
    expect(await under(passageKey)).toEqual(["Behind it"]);
    expect(
      (await countAnnotations(user, { scope: viewScope("/matrix", seedData), tag, limit: 1 })) -
        before.matrixList,
    ).toBe(2);
    // The API's filters: by any target's key, and by any target's kind.
    const bodies = async (query: string) =>
      (
        (await (await callRoute(list, token, `/api/v1/annotations?tag=${tag}&${query}`)).json())
          .annotations as AnnotationView[]
      )
        .map((a) => a.body)
        .sort();
    expect(await bodies(`target=${encodeURIComponent(goalsKey)}`)).toEqual(["Compare both"]);
    expect(await bodies(`target=${encodeURIComponent(passageKey)}`)).toEqual(["Behind it"]);
    expect(await bodies("kind=source-passage")).toEqual(["Behind it"]);
    expect(await bodies("kind=assessment")).toEqual(["Behind it", "Compare both"]);
    // The CSV names every target of a note, one a line.
    const csv = await (
      await callRoute(
        list,
        token,
        `/api/v1/annotations?tag=${tag}&format=csv&target=${encodeURIComponent(passageKey)}`,
      )
    ).text();
    expect(csv).toContain(`"assessment\nsource-passage","${driversKey}\n${passageKey}"`);

    // A reply joins the thread on both targets.
    const reply = await created({
      target: assessment("CN", "goals"),
      body: "Agreed",
      parentId: compared.id,
    });
    expect(reply.targets).toEqual([goals, drivers]);

    // Deleted, the note leaves every count it was in.
    for (const note of [compared, quoted, reply])
      expect(
        (
          await callRoute(DELETE, token, `/api/v1/annotations/${note.id}`, {
            method: "DELETE",
            params: { id: note.id },
          })
        ).status,
      ).toBe(200);
    expect(minus(await counts(goalsKey), before.goals)).toMatchObject({
      detail: 0,
      "badge matrix": 0,
    });
    expect(minus(await counts(driversKey), before.drivers)).toMatchObject({
      detail: 0,
      "mark radar": 0,
    });
  });

  it("keeps one of two targets that are the same place: a passage named with and without its context", async () => {
    const text = (
      await getDb().sourceDocument.findUniqueOrThrow({
        where: { key_version: { key: "cn-jp-comparison", version: 1 } },
      })
    ).text;
    const at = { type: "TextPositionSelector", start: 400, end: 420 } as const;
    const bare: Extract<AnnotationTarget, { kind: "source-passage" }> = {
      kind: "source-passage",
      source: "cn-jp-comparison",
      selector: [{ type: "TextQuoteSelector", exact: text.slice(400, 420) }, at],
    };
    const withContext: typeof bare = {
      ...bare,
      selector: [{ ...bare.selector[0], prefix: text.slice(395, 400) }, at],
    };
    expect(targetKey(bare)).toBe(targetKey(withContext));
    const response = await post({ target: [withContext, bare], body: "one passage" });
    expect(response.status).toBe(201);
    const { annotation } = (await response.json()) as { annotation: AnnotationView };
    expect(annotation.targets).toEqual([withContext]);
    expect(annotation.targetKeys).toEqual([targetKey(bare)]);
  });

  it("checks a list of targets whole: one that does not exist is a 404 naming it, and nothing is written", async () => {
    const tag = `missing${stamp}`;
    const written = () => getDb().annotation.count({ where: { tags: { has: tag } } });
    const refs = () =>
      getDb().annotationTargetRef.count({ where: { key: "assessment:drivers:CN" } });
    const [notesBefore, refsBefore] = [await written(), await refs()];
    for (const [missing, message] of [
      [{ kind: "actor", actor: "nobody" }, 'There is no actor "nobody".'],
      [
        { kind: "observation", observation: "cn-nothing" },
        'There is no indicator figure "cn-nothing".',
      ],
      [{ kind: "event", event: "cn-stage-9" }, 'There is no timeline event "cn-stage-9".'],
      [assessment("CN", "weather"), 'There is no dimension "weather".'],
      [
        { kind: "chart-point", chart: "indicators", country: "CN", x: "gone" },
        'There is no indicator figure "gone".',
      ],
    ] as const) {
      const response = await post({
        target: [assessment("CN", "drivers"), missing],
        body: "never stored",
        tags: [tag],
      });
      expect(response.status, JSON.stringify(missing)).toBe(404);
      expect((await response.json()).error.message).toBe(message);
    }
    expect([await written(), await refs()]).toEqual([notesBefore, refsBefore]);

    const refused = async (target: unknown) => {
      const response = await post({ target, body: "never stored", tags: [tag] });
      expect(response.status, JSON.stringify(target).slice(0, 80)).toBe(400);
      return (await response.json()).error.message as string;
    };
    expect(await refused([])).toMatch(/Name what the note is about/);
    const nine = [
      "drivers",
      "goals",
      "actors",
      "ecosystem",
      "data-governance",
      "data-sharing",
      "security-compliance",
      "stages",
      "international-cooperation",
    ].map((d) => assessment("CN", d));
    expect(await refused(nine)).toMatch(/At most 8 targets/);
    expect(await written()).toBe(notesBefore);
    // Eight is allowed, and the same target named twice (or once in its old form) is stored once.
    const eight = await created({ target: nine.slice(0, 8), body: "eight", tags: [tag] });
    expect(eight.targetKeys).toEqual(nine.slice(0, 8).map(targetKey));
    const twice = await created({
      target: [
        assessment("CN", "drivers"),
        { kind: "matrix-cell", country: "CN", dimension: "drivers" },
        { kind: "assessment", dimension: "drivers", country: "CN" },
        { kind: "timeline-event", event: "cn-stage-1" },
        { kind: "event", event: "cn-stage-1" },
      ],
      body: "twice",
      tags: [tag],
    });
    expect(twice.targets).toEqual([
      assessment("CN", "drivers"),
      { kind: "event", event: "cn-stage-1" },
    ]);
    expect(
      await getDb().annotationTargetRef.findMany({
        where: { annotationId: twice.id },
        orderBy: { position: "asc" },
        select: { position: true, kind: true, key: true, target: true },
      }),
    ).toEqual([
      {
        position: 0,
        kind: "assessment",
        key: "assessment:drivers:CN",
        target: assessment("CN", "drivers"),
      },
      {
        position: 1,
        kind: "event",
        key: "event:cn-stage-1",
        target: { kind: "event", event: "cn-stage-1" },
      },
    ]);
  });
});
