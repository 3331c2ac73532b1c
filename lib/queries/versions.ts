import "server-only";
import { dayStart } from "@/lib/i18n/date-time";
import { announce } from "@/lib/annotations/live";
import { canonicalize, serializeDataset } from "@/lib/dataset/canonical";
import { DATASET_FORMAT, type Dataset } from "@/lib/dataset/schema";
import { eachFact } from "@/lib/curation/facts";
import { getDb, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordDatasetChange } from "./annotations";
import { readRows, toDataset } from "./dataset";
import { writeDatasetRows } from "./dataset-write";
import { usersById } from "./users";

// Every write of the dataset is a numbered, dated version (an import, a published change request,
// a new source): one transaction writes the rows, the version's document, a history entry per
// fact that changed, and removes the reviewed marks of those facts.

/** Advisory-lock id for dataset writes ("SCC-DATA"): one at a time, across instances and tools. */
const DATASET_LOCK = 0x5343_4344;

export const EMPTY_DATASET: Dataset = {
  format: DATASET_FORMAT,
  version: 1,
  sources: [],
  countries: [],
  dimensions: [],
  assessments: [],
  timeline: [],
  indicators: [],
  observations: [],
  actors: [],
};

export type VersionKind = "import" | "publish" | "source" | "baseline";

export interface CommitInput {
  kind: VersionKind;
  summary: string;
  createdById: string | null;
  changeRequestId?: string | null;
  proposedById?: string | null;
  approvedById?: string | null;
  /** The next dataset, computed from the published one inside the lock; may throw to refuse. */
  next: (current: Dataset, tx: Tx, currentVersion: number) => Dataset | Promise<Dataset>;
  /** An import of what is already published records nothing. */
  skipIfSame?: boolean;
  /** More writes in the same transaction, once the version number is known. */
  then?: (tx: Tx, version: number) => Promise<void>;
}

const lock = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(${DATASET_LOCK})`;

/** The published dataset and its number, inside the lock; a database from before versions gets its baseline. */
async function published(tx: Tx): Promise<{ version: number; data: Dataset }> {
  const latest = await tx.datasetVersion.findFirst({ orderBy: { number: "desc" } });
  if (latest) return { version: latest.number, data: JSON.parse(latest.data) as Dataset };
  const meta = await tx.datasetMeta.findUnique({ where: { id: 1 } });
  if (!meta || meta.version === 0) return { version: 0, data: EMPTY_DATASET };
  const data = toDataset(await readRows(tx));
  await tx.datasetVersion.create({
    data: { number: meta.version, kind: "baseline", summary: "baseline", data: json(data) },
  });
  await tx.factRevision.createMany({
    data: factRevisions(EMPTY_DATASET, data, meta.version, {}),
  });
  return { version: meta.version, data };
}

const json = (data: Dataset) => JSON.stringify(data);

/** A history row for every fact added, changed or retired between two datasets. */
function factRevisions(
  before: Dataset,
  after: Dataset,
  version: number,
  who: Pick<CommitInput, "changeRequestId" | "proposedById" | "approvedById">,
): Prisma.FactRevisionCreateManyInput[] {
  const old = new Map([...eachFact(before)].map((f) => [f.factKey, f]));
  const rows: Prisma.FactRevisionCreateManyInput[] = [];
  const base = {
    version,
    changeRequestId: who.changeRequestId ?? null,
    proposedById: who.proposedById ?? null,
    approvedById: who.approvedById ?? null,
  };
  for (const fact of eachFact(after)) {
    const previous = old.get(fact.factKey);
    old.delete(fact.factKey);
    if (previous && JSON.stringify(previous.value) === JSON.stringify(fact.value)) continue;
    rows.push({
      ...base,
      factKey: fact.factKey,
      entity: fact.entity,
      value: fact.value as Prisma.InputJsonValue,
      op: previous ? "updated" : "created",
    });
  }
  for (const gone of old.values())
    rows.push({ ...base, factKey: gone.factKey, entity: gone.entity, op: "retired" });
  return rows;
}

/** Writes a new dataset version; null when `skipIfSame` and nothing changed. */
export async function commitVersion(input: CommitInput): Promise<number | null> {
  let changeId: bigint | null = null;
  const version = await getDb().$transaction(
    async (tx) => {
      await lock(tx);
      const current = await published(tx);
      const next = canonicalize(await input.next(current.data, tx, current.version));
      if (
        input.skipIfSame &&
        current.version > 0 &&
        serializeDataset(next) === serializeDataset(current.data)
      )
        return null;
      const number = current.version + 1;
      await writeDatasetRows(tx, next);
      const now = new Date();
      await tx.datasetMeta.upsert({
        where: { id: 1 },
        create: { id: 1, version: number, importedAt: now },
        update: { version: number, importedAt: now },
      });
      await tx.datasetVersion.create({
        data: {
          number,
          createdAt: now,
          kind: input.kind,
          summary: input.summary,
          createdById: input.createdById,
          changeRequestId: input.changeRequestId ?? null,
          data: json(next),
        },
      });
      const revisions = factRevisions(current.data, next, number, input);
      await tx.factRevision.createMany({ data: revisions.map((r) => ({ ...r, at: now })) });
      // "Reviewed" vouches for a value: a new value needs a new review.
      await tx.factReview.deleteMany({
        where: { factKey: { in: revisions.map((r) => r.factKey) } },
      });
      await input.then?.(tx, number);
      changeId = await recordDatasetChange(tx, number);
      return number;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (changeId !== null) announce(changeId);
  return version;
}

/** Makes sure a database from before versions has its baseline version (and its history). */
export async function ensureBaseline(): Promise<void> {
  if (await getDb().datasetVersion.findFirst({ select: { number: true } })) return;
  await getDb().$transaction(
    async (tx) => {
      await lock(tx);
      await published(tx);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export interface VersionInfo {
  number: number;
  createdAt: Date;
  kind: string;
  summary: string;
  changeRequestId: string | null;
  createdBy: { id: string; name: string } | null;
}

const INFO = {
  number: true,
  createdAt: true,
  kind: true,
  summary: true,
  changeRequestId: true,
  createdById: true,
} as const;

async function withUsers<T extends { createdById: string | null }>(rows: T[]) {
  const users = await usersById(rows.map((r) => r.createdById));
  return rows.map(({ createdById, ...r }) => ({
    ...r,
    createdBy: createdById ? (users.get(createdById) ?? null) : null,
  }));
}

/** Every published version, newest first. */
export async function listVersions(limit = 500): Promise<VersionInfo[]> {
  await ensureBaseline();
  const rows = await getDb().datasetVersion.findMany({
    orderBy: { number: "desc" },
    take: limit,
    select: INFO,
  });
  return withUsers(rows) as Promise<VersionInfo[]>;
}

export async function findVersion(number: number): Promise<VersionInfo | null> {
  await ensureBaseline();
  const row = await getDb().datasetVersion.findUnique({ where: { number }, select: INFO });
  return row ? ((await withUsers([row]))[0] as VersionInfo) : null;
}

/**
 * "Since a day" (YYYY-MM-DD): the last version published before that day began in `timeZone`
 * (the reader's on the "what changed" page, UTC on the API), so that the day's own changes count.
 */
export async function versionBeforeDay(day: string, timeZone = "UTC"): Promise<number | null> {
  const before = await versionAt(new Date(dayStart(day, timeZone).getTime() - 1));
  if (before !== null) return before;
  // A day before anything was published counts from the first version on record.
  const first = await getDb().datasetVersion.findFirst({
    orderBy: { number: "asc" },
    select: { number: true },
  });
  return first?.number ?? null;
}

/** The last version published at or before `date`. */
export async function versionAt(date: Date): Promise<number | null> {
  await ensureBaseline();
  const row = await getDb().datasetVersion.findFirst({
    where: { createdAt: { lte: date } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return row?.number ?? null;
}

const pinned = new Map<number, Dataset>();

/** The dataset as published in version `number` (immutable, so kept once read); null when there is none. */
/**
 * The dataset as version `number` published it. Inside a transaction pass its `tx`: the embedded
 * database has one session, so a second connection would wait for the transaction forever.
 */
export async function readDatasetAt(number: number, tx?: Tx): Promise<Dataset | null> {
  const cached = pinned.get(number);
  if (cached) return cached;
  if (!tx) await ensureBaseline();
  const row = await (tx ?? getDb()).datasetVersion.findUnique({
    where: { number },
    select: { data: true },
  });
  if (!row) return null;
  const data = JSON.parse(row.data) as Dataset;
  // A few pinned versions at a time: readers of old versions are rare, each is a whole dataset.
  if (pinned.size >= 8) pinned.delete(pinned.keys().next().value!);
  pinned.set(number, data);
  return data;
}
