import "server-only";
import { translateKey } from "@/lib/i18n/translator";
import type { Change } from "@/lib/curation/changes";
import { eachFact, findFact, parseFactKey, type FactValue } from "@/lib/curation/facts";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { Lang } from "@/lib/i18n/lang";
import type { CurrentUser } from "@/lib/permissions";
import { recordAudit } from "./audit";
import { usersById } from "./users";
import { createChangeRequest } from "./change-requests";
import { getDatasetSnapshot } from "./snapshot";
import { ensureBaseline, readDatasetAt } from "./versions";

// A fact's history (each published value, who proposed and approved it, when, in which request),
// restoring an earlier value through a new request, the reviewed marks, and what changed since a version.

export async function factHistory(factKey: string) {
  if (!parseFactKey(factKey)) throw notFound("history.badFact", { fact: factKey });
  await ensureBaseline();
  const rows = await getDb().factRevision.findMany({
    where: { factKey },
    orderBy: { version: "desc" },
  });
  const requestIds = [
    ...new Set(rows.flatMap((r) => (r.changeRequestId ? [r.changeRequestId] : []))),
  ];
  const requests = new Map(
    (
      await getDb().changeRequest.findMany({
        where: { id: { in: requestIds } },
        select: { id: true, title: true },
      })
    ).map((r) => [r.id, r]),
  );
  const users = await usersById(rows.flatMap((r) => [r.proposedById, r.approvedById]));
  const versions = new Map(
    (
      await getDb().datasetVersion.findMany({
        where: { number: { in: rows.map((r) => r.version) } },
        select: { number: true, kind: true, summary: true },
      })
    ).map((v) => [v.number, v]),
  );
  return rows.map((r) => ({
    version: r.version,
    op: r.op as "created" | "updated" | "retired",
    value: (r.value as FactValue | null) ?? null,
    at: r.at,
    kind: versions.get(r.version)?.kind ?? "import",
    changeRequest: r.changeRequestId ? (requests.get(r.changeRequestId) ?? null) : null,
    proposedBy: r.proposedById ? (users.get(r.proposedById) ?? null) : null,
    approvedBy: r.approvedById ? (users.get(r.approvedById) ?? null) : null,
  }));
}

/**
 * A change request that brings back the value a fact had in `version`: every field of the old
 * value, and fields it did not have removed, so the published result equals it byte for byte.
 */
export async function proposeRestore(
  user: CurrentUser,
  factKey: string,
  version: number,
  lang: Lang,
  /** how the title names the fact; its key when not given */
  factName = factKey,
) {
  const parsed = parseFactKey(factKey);
  if (!parsed) throw notFound("history.badFact", { fact: factKey });
  const old = await readDatasetAt(version);
  if (!old) throw notFound("history.noVersion", { version });
  const then = findFact(old, parsed.entity, parsed.key)?.value ?? null;
  const now = findFact(await getDatasetSnapshot(), parsed.entity, parsed.key)?.value ?? null;
  let change: Change;
  if (!then && !now) throw notFound("history.neverThere", { version });
  if (!then) change = { op: "retire", entity: parsed.entity, key: parsed.key };
  else {
    const fields: Record<string, unknown> = { ...then };
    for (const field of Object.keys(now ?? {})) if (!(field in then)) fields[field] = null;
    change = { op: now ? "update" : "create", entity: parsed.entity, key: parsed.key, fields };
  }
  return createChangeRequest(
    user,
    {
      title: translateKey(lang, "curation.titles.restore", { fact: factName, version }),
      description: "",
      changes: [change],
    },
    lang,
  );
}

/** The reviewed marks, by fact key, with who and when. */
export async function reviewMarks() {
  const rows = await getDb().factReview.findMany();
  const users = await usersById(rows.map((r) => r.reviewerId));
  return Object.fromEntries(
    rows.map((r) => [
      r.factKey,
      {
        reviewer: users.get(r.reviewerId)?.name ?? "",
        reviewedAt: r.reviewedAt,
        version: r.version,
      },
    ]),
  ) as Record<string, ReviewMark>;
}

export interface ReviewMark {
  reviewer: string;
  reviewedAt: Date;
  version: number;
}

export async function markReviewed(user: CurrentUser, factKey: string, version: number) {
  const parsed = parseFactKey(factKey);
  const data = await getDatasetSnapshot();
  if (!parsed || !findFact(data, parsed.entity, parsed.key))
    throw notFound("history.badFact", { fact: factKey });
  await getDb().$transaction(async (tx) => {
    await tx.factReview.upsert({
      where: { factKey },
      create: { factKey, reviewerId: user.id, version },
      update: { reviewerId: user.id, version, reviewedAt: new Date() },
    });
    await recordAudit(
      { action: "fact-reviewed", actorId: user.id, detail: { factKey, version } },
      tx,
    );
  });
}

export async function clearReviewed(user: CurrentUser, factKey: string) {
  await getDb().$transaction(async (tx) => {
    await tx.factReview.deleteMany({ where: { factKey } });
    await recordAudit({ action: "fact-review-cleared", actorId: user.id, detail: { factKey } }, tx);
  });
}

export interface FactChange {
  factKey: string;
  entity: string;
  op: "added" | "changed" | "retired";
  before: FactValue | null;
  after: FactValue | null;
}

const countryOf = (v: FactValue | null) => (v ? String(v.country ?? v.key ?? "") : "");

/** The facts added, changed and retired between version `since` and the published dataset, optionally of one country. */
export async function changesSince(since: number, country?: string): Promise<FactChange[] | null> {
  const old = await readDatasetAt(since);
  if (!old) return null;
  const now = await getDatasetSnapshot();
  const before = new Map([...eachFact(old)].map((f) => [f.factKey, f]));
  const result: FactChange[] = [];
  for (const fact of eachFact(now)) {
    const was = before.get(fact.factKey);
    before.delete(fact.factKey);
    if (was && JSON.stringify(was.value) === JSON.stringify(fact.value)) continue;
    result.push({
      factKey: fact.factKey,
      entity: fact.entity,
      op: was ? "changed" : "added",
      before: was?.value ?? null,
      after: fact.value,
    });
  }
  for (const gone of before.values())
    result.push({
      factKey: gone.factKey,
      entity: gone.entity,
      op: "retired",
      before: gone.value,
      after: null,
    });
  return country ? result.filter((c) => countryOf(c.after ?? c.before) === country) : result;
}
