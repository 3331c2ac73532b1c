import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import type { CurrentUser, Role } from "@/lib/permissions";
import { publishChangeRequest } from "@/lib/queries/change-requests";
import { listAuditEvents } from "@/lib/queries/audit";
import { getDb } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";
import { GET as assessments } from "./assessments/route";
import { GET as exportChart } from "./charts/[chart]/[file]/route";
import { GET as changes } from "./changes/route";
import { GET as dataset } from "./dataset/route";
import { POST as comment } from "./change-requests/[id]/comments/route";
import { POST as publish } from "./change-requests/[id]/publish/route";
import { POST as review } from "./change-requests/[id]/reviews/route";
import { GET as getRequest, PATCH as patchRequest } from "./change-requests/[id]/route";
import { GET as listRequests, POST as propose } from "./change-requests/route";
import { GET as getDraft, POST as toDraft } from "./draft/route";
import { POST as restore } from "./history/restore/route";
import { GET as history } from "./history/route";
import { DELETE as unmark, GET as reviewed, POST as mark } from "./reviewed/route";
import { GET as versions } from "./versions/route";

// Curation over the API, end to end on a real database: who may do what, the field diff,
// publishing, pinned versions, history and revert, conflicts, reviewed marks, drafts.

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const tokens: Partial<Record<Role | "second", string>> = {};
const users: Partial<Record<Role | "second", CurrentUser>> = {};

async function call(
  handler: unknown,
  who: Role | "second" | null,
  {
    method = "GET",
    body,
    params = {},
    query = "",
    lang = "en",
  }: {
    method?: string;
    body?: unknown;
    params?: Record<string, string>;
    query?: string;
    lang?: string;
  } = {},
) {
  const headers: Record<string, string> = { "accept-language": lang };
  if (who) headers.authorization = `Bearer ${tokens[who]}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await (handler as Handler)(
    new Request(`http://localhost/api/v1/x${query}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params as never) },
  );
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes
  let json: Record<string, any> = {};
  try {
    json = JSON.parse(text);
  } catch {
    json = { text };
  }
  return { status: response.status, json, headers: response.headers };
}

const JP_DG = { country: "JP", dimension: "data-governance" };
const FACT = "assessment:JP:data-governance";

async function levelAt(version?: number) {
  const { json } = await call(assessments, "viewer", {
    query: `?countries=JP&dimensions=data-governance${version ? `&version=${version}` : ""}`,
  });
  return json.assessments[0].level as number;
}

/** The second editor approves (the author may not). */
async function approve(id: string) {
  const answer = await call(review, "second", {
    method: "POST",
    params: { id },
    body: { decision: "approve" },
  });
  expect(answer.status).toBe(201);
}

async function approveAndPublish(id: string) {
  await approve(id);
  const published = await call(publish, "editor", { method: "POST", params: { id } });
  expect(published.status).toBe(200);
  return published.json.version as number;
}

beforeAll(async () => {
  await seedDatabase();
  const stamp = Date.now();
  for (const role of ["viewer", "analyst", "editor", "admin", "second"] as const) {
    const { user } = await createUser({
      email: `curation-${role}-${stamp}@example.com`,
      name: `Curator ${role}`,
      role: role === "second" ? "editor" : role,
    });
    users[role] = { ...user, role: user.role as Role } as CurrentUser;
    tokens[role] = (await createToken(user.id, "curation")).token;
  }
});

describe("propose → review → publish", () => {
  it("lets an analyst propose, another editor approve and an editor publish, and pins the old version", async () => {
    const before = await call(versions, "viewer");
    const oldVersion = before.json.versions[0].number as number;
    const oldLevel = await levelAt();

    expect((await call(propose, null, { method: "POST", body: {} })).status).toBe(401);
    const change = { op: "update", entity: "assessment", key: JP_DG, fields: { level: 4 } };
    const body = { title: "JP data governance to 4", description: "APPI", changes: [change] };
    expect((await call(propose, "viewer", { method: "POST", body })).status).toBe(403);
    const made = await call(propose, "analyst", { method: "POST", body });
    expect(made.status).toBe(201);
    expect(made.json.changeRequest.status).toBe("open");
    const id = made.json.changeRequest.id as string;

    const shown = await call(getRequest, "editor", { params: { id } });
    expect(shown.json.changeRequest.diff[0].fields).toEqual([
      { field: "level", before: oldLevel, after: 4 },
    ]);
    expect((await call(getRequest, "viewer", { params: { id } })).status).toBe(403);

    // The analyst cannot review; the author cannot approve their own request.
    expect(
      (
        await call(review, "analyst", {
          method: "POST",
          params: { id },
          body: { decision: "approve" },
        })
      ).status,
    ).toBe(403);
    expect((await call(publish, "editor", { method: "POST", params: { id } })).status).toBe(409);
    expect(
      (
        await call(comment, "analyst", {
          method: "POST",
          params: { id },
          body: { body: "Source: APPI art. 1" },
        })
      ).status,
    ).toBe(201);

    expect((await call(publish, "analyst", { method: "POST", params: { id } })).status).toBe(403);
    const version = await approveAndPublish(id);
    expect(version).toBe(oldVersion + 1);

    expect(await levelAt()).toBe(4);
    expect(await levelAt(oldVersion)).toBe(oldLevel);
    const pinned = await call(assessments, "viewer", {
      query: `?countries=JP&version=${oldVersion}`,
    });
    expect(pinned.headers.get("x-dataset-version")).toBe(String(oldVersion));
    expect((await call(assessments, "viewer", { query: "?version=99999" })).status).toBe(404);
    expect((await call(assessments, "viewer", { query: "?version=x" })).status).toBe(400);

    const csv = await call(exportChart, "analyst", {
      params: { chart: "matrix", file: "export.csv" },
      query: `?countries=CN,JP&version=${oldVersion}`,
    });
    expect(csv.status).toBe(200);
    expect(csv.json.text).toContain("Dataset version");
    expect(csv.headers.get("content-disposition")).toContain(`-v${oldVersion}-`);

    const past = await call(history, "viewer", { query: `?fact=${FACT}` });
    expect(past.json.history[0]).toMatchObject({
      version,
      op: "updated",
      changeRequest: { id },
      proposedBy: { name: "Curator analyst" },
      approvedBy: { name: "Curator second" },
    });
    expect(past.json.history[0].value.level).toBe(4);
    expect(
      past.json.history.some((h: { value: { level: number } }) => h.value.level === oldLevel),
    ).toBe(true);

    const since = await call(changes, "viewer", { query: `?since=${oldVersion}&country=JP` });
    expect(
      since.json.changes.map((c: { factKey: string; op: string }) => [c.factKey, c.op]),
    ).toContainEqual([FACT, "changed"]);

    // Revert: a new request with the old value, reviewed, equal byte for byte once published.
    const restored = await call(restore, "analyst", {
      method: "POST",
      body: { fact: FACT, version: oldVersion },
    });
    expect(restored.status).toBe(201);
    const restoring = await call(getRequest, "analyst", {
      params: { id: restored.json.changeRequest.id },
    });
    expect(restoring.json.changeRequest.title).toBe(
      `Restore Japan × Data governance as of version ${oldVersion}`,
    );
    await approveAndPublish(restored.json.changeRequest.id);
    const now = await call(assessments, "viewer", {
      query: "?countries=JP&dimensions=data-governance",
    });
    const then = await call(assessments, "viewer", {
      query: `?countries=JP&dimensions=data-governance&version=${oldVersion}`,
    });
    expect(JSON.stringify(now.json.assessments[0])).toBe(JSON.stringify(then.json.assessments[0]));

    // Every step is in the audit log, and so is the seed's import.
    const audit = await listAuditEvents(1000);
    const trail = audit.filter((e) => e.subjectId === id).map((e) => e.action);
    expect(trail).toEqual(
      expect.arrayContaining([
        "change-request-created",
        "change-request-commented",
        "change-request-reviewed",
        "change-request-published",
      ]),
    );
    // (Looked up by action: other test files may have logged more than 1000 events since the seed.)
    expect(
      await getDb().auditEvent.count({ where: { action: "dataset-imported" } }),
    ).toBeGreaterThan(0);
  });

  it("refuses changes that break the dataset's rules, in the reader's language, and stores nothing", async () => {
    const count = await getDb().changeRequest.count();
    const noCitation = {
      title: "x",
      changes: [{ op: "update", entity: "assessment", key: JP_DG, fields: { citations: [] } }],
    };
    const zh = await call(propose, "analyst", { method: "POST", body: noCitation, lang: "zh" });
    expect(zh.status).toBe(400);
    expect(zh.json.error.problems[0]).toMatchObject({
      change: 0,
      factKey: FACT,
      field: "citations",
    });
    expect(zh.json.error.problems[0].message).toMatch(/引证/);
    const notVerbatim = {
      title: "x",
      changes: [
        {
          op: "update",
          entity: "assessment",
          key: JP_DG,
          fields: {
            citations: [
              {
                kind: "source",
                source: "cn-jp-comparison",
                quote: "invented words",
                start: 0,
                end: 14,
              },
            ],
          },
        },
      ],
    };
    const en = await call(propose, "analyst", { method: "POST", body: notVerbatim });
    expect(en.json.error.problems[0].message).toMatch(/verbatim/);
    const unknown = await call(propose, "analyst", {
      method: "POST",
      body: {
        title: "x",
        changes: [
          { op: "retire", entity: "assessment", key: { country: "JP", dimension: "nope" } },
        ],
      },
    });
    expect(unknown.status).toBe(400);
    expect(
      (await call(propose, "analyst", { method: "POST", body: { title: "x", changes: "no" } }))
        .status,
    ).toBe(400);
    expect(await getDb().changeRequest.count()).toBe(count);
  });

  it("flags two requests on the same field and shows the conflict instead of overwriting", async () => {
    const first = await call(propose, "analyst", {
      method: "POST",
      body: {
        title: "A",
        changes: [
          { op: "update", entity: "assessment", key: JP_DG, fields: { confidence: "low" } },
        ],
      },
    });
    const second = await call(propose, "admin", {
      method: "POST",
      body: {
        title: "B",
        changes: [
          { op: "update", entity: "assessment", key: JP_DG, fields: { confidence: "high" } },
        ],
      },
    });
    const list = await call(listRequests, "analyst", { query: "?status=open" });
    const listed = list.json.changeRequests.find(
      (r: { id: string }) => r.id === first.json.changeRequest.id,
    );
    expect(listed.overlaps[0]).toMatchObject({
      id: second.json.changeRequest.id,
      overlaps: [{ factKey: FACT, fields: ["confidence"] }],
    });

    await approveAndPublish(first.json.changeRequest.id);
    const id = second.json.changeRequest.id;
    await approve(id);
    const refused = await call(publish, "editor", { method: "POST", params: { id } });
    expect(refused.status).toBe(409);
    expect(refused.json.error.conflicts[0]).toMatchObject({
      field: "confidence",
      published: "low",
      proposed: "high",
    });
    // Rebasing takes the published value as the new base; it needs a new approval.
    const rebased = await call(patchRequest, "admin", {
      method: "PATCH",
      params: { id },
      body: { action: "rebase" },
    });
    expect(rebased.json.changeRequest.status).toBe("open");
    await approveAndPublish(id);
    const { json } = await call(assessments, "viewer", {
      query: "?countries=JP&dimensions=data-governance",
    });
    expect(json.assessments[0].confidence).toBe("high");
  });

  it("leaves nothing half-applied when publishing fails halfway", async () => {
    const made = await call(propose, "analyst", {
      method: "POST",
      body: {
        title: "Fails",
        changes: [
          { op: "update", entity: "assessment", key: JP_DG, fields: { confidence: "medium" } },
        ],
      },
    });
    const id = made.json.changeRequest.id;
    await approve(id);
    const versionBefore = (await call(versions, "viewer")).json.versions[0].number;
    const rows = await getDb().assessment.findFirst({
      where: { countryKey: "JP", dimensionKey: "data-governance" },
    });
    await expect(
      publishChangeRequest(users.editor!, id, "en", {
        beforeCommit: async () => {
          throw new Error("injected failure after the rows were written");
        },
      }),
    ).rejects.toThrow("injected");
    expect((await call(versions, "viewer")).json.versions[0].number).toBe(versionBefore);
    expect(
      await getDb().assessment.findFirst({
        where: { countryKey: "JP", dimensionKey: "data-governance" },
      }),
    ).toEqual(rows);
    expect((await call(getRequest, "editor", { params: { id } })).json.changeRequest.status).toBe(
      "approved",
    );
    expect(await getDb().factRevision.count({ where: { version: versionBefore + 1 } })).toBe(0);
  });
});

describe("reviewed marks and drafts", () => {
  it("marks an assessment as reviewed, and a later change clears the mark", async () => {
    expect((await call(mark, "analyst", { method: "POST", body: { fact: FACT } })).status).toBe(
      403,
    );
    expect((await call(mark, "editor", { method: "POST", body: { fact: FACT } })).status).toBe(201);
    expect(
      (await call(mark, "editor", { method: "POST", body: { fact: "assessment:JP:nope" } })).status,
    ).toBe(404);
    expect((await call(reviewed, "viewer")).json.reviewed[FACT]).toMatchObject({
      reviewer: "Curator editor",
    });
    const made = await call(propose, "analyst", {
      method: "POST",
      body: {
        title: "Clears",
        changes: [
          { op: "update", entity: "assessment", key: JP_DG, fields: { confidence: "low" } },
        ],
      },
    });
    await approveAndPublish(made.json.changeRequest.id);
    expect((await call(reviewed, "viewer")).json.reviewed[FACT]).toBeUndefined();
    expect(
      (await call(unmark, "editor", { method: "DELETE", query: `?fact=${FACT}` })).status,
    ).toBe(204);
  });

  it("collects changes and citations in the author's draft, seen only by them", async () => {
    const source = (
      await getDb().sourceDocument.findFirstOrThrow({ where: { key: "cn-jp-comparison" } })
    ).text;
    const quote = source.slice(100, 130);
    const citation = { kind: "source", source: "cn-jp-comparison", quote, start: 100, end: 130 };
    const cite = { cite: { entity: "assessment", key: JP_DG, citation } };
    const cited = await call(toDraft, "analyst", { method: "POST", body: cite });
    expect(cited.status).toBe(200);
    // The same passage again is refused, in the reader's language, and the draft keeps one.
    const again = await call(toDraft, "analyst", { method: "POST", lang: "zh", body: cite });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/\p{Script=Han}/u);
    const draft = await call(getDraft, "analyst");
    expect(draft.json.draft.status).toBe("draft");
    expect(draft.json.draft.diff[0].citationsAdded).toEqual([citation]);
    expect((await call(getRequest, "editor", { params: { id: draft.json.draft.id } })).status).toBe(
      404,
    );
    const opened = await call(patchRequest, "analyst", {
      method: "PATCH",
      params: { id: draft.json.draft.id },
      body: { action: "open" },
    });
    expect(opened.json.changeRequest.status).toBe("open");
  });
});

describe("a large request", () => {
  it("publishes 50 changes as one version with 50 history entries (and says how long it took)", async () => {
    const { json: data } = await call(dataset, "viewer");
    const events = (data.timeline as { key: string; titleEn: string }[]).slice(0, 25);
    const cells = (data.assessments as { country: string; dimension: string; summaryEn: string }[])
      .slice(0, 25)
      .map((a) => ({
        key: { country: a.country, dimension: a.dimension },
        summaryEn: a.summaryEn,
      }));
    const edits = [
      ...events.map((e) => ({
        op: "update",
        entity: "event",
        key: { key: e.key },
        fields: { titleEn: `${e.titleEn} (rev.)` },
      })),
      ...cells.map((c) => ({
        op: "update",
        entity: "assessment",
        key: c.key,
        fields: { summaryEn: `${c.summaryEn} (rev.)` },
      })),
    ];
    expect(edits).toHaveLength(50);
    const made = await call(propose, "analyst", {
      method: "POST",
      body: { title: "Fifty revisions", description: "", changes: edits },
    });
    expect(made.status).toBe(201);
    const id = made.json.changeRequest.id as string;
    await approve(id);
    const started = performance.now();
    const published = await call(publish, "editor", { method: "POST", params: { id } });
    const ms = performance.now() - started;
    expect(published.status).toBe(200);
    console.log(`publishing 50 changes took ${ms.toFixed(0)} ms`);
    const version = published.json.version as number;
    const since = await call(changes, "viewer", { query: `?since=${version - 1}` });
    expect(since.json.changes).toHaveLength(50);
    // Since today (UTC) includes today's changes; since tomorrow, none.
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const today = await call(changes, "viewer", { query: `?since=${day(0)}` });
    expect(today.json.changes.length).toBeGreaterThanOrEqual(50);
    const tomorrow = await call(changes, "viewer", { query: `?since=${day(1)}` });
    expect(tomorrow.json).toMatchObject({ since: version, changes: [] });
  }, 120_000);
});
