import "server-only";
import { translateKey } from "@/lib/i18n/translator";
import type { Change } from "@/lib/curation/changes";
import { eachCitation } from "@/lib/dataset/citations";
import { diffDatasetFacts } from "@/lib/curation/diff";
import { factAtPath } from "@/lib/curation/facts";
import { keyFromTitle, type SourceMeta } from "@/lib/curation/source-input";
import { findSource, latestSources, sourceVersions, versionOf } from "@/lib/dataset/sources";
import type { Citation, Dataset, DatasetSource } from "@/lib/dataset/schema";
import { formatPath } from "@/lib/dataset/validate";
import { getDb, type Tx } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors/app-error";
import type { Lang } from "@/lib/i18n/lang";
import type { CurrentUser } from "@/lib/permissions";
import { reanchorAll, type ReanchorStatus } from "@/lib/sources/reanchor";
import { recordAudit } from "./audit";
import { createChangeRequest } from "./change-requests";
import { getDatasetSnapshot } from "./snapshot";
import { commitVersion } from "./versions";

// Sources the team adds: a new source or a new version is published at once (it changes no
// fact); the citations of the old version are re-anchored in the new one and proposed as a
// change request, orphans listed, never dropped.

export interface NewSourceText {
  text: string;
  format: "text" | "markdown" | "html";
  /** the uploaded file as it came; none for pasted text */
  original?: { filename: string; mediaType: string; bytes: Uint8Array };
}

/** Every source with its versions, in the published dataset or the one given (a pinned version). */
export async function listSources(pinned?: Dataset) {
  const data = pinned ?? (await getDatasetSnapshot());
  const files = await getDb().sourceFile.findMany({
    select: { key: true, version: true, createdAt: true },
  });
  const stored = new Map(files.map((f) => [`${f.key}@${f.version}`, f.createdAt]));
  return latestSources(data).map((latest) => ({
    key: latest.key,
    versions: sourceVersions(data, latest.key).map((s) => ({
      version: versionOf(s),
      replaces: s.replaces ?? null,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      author: s.author,
      authorEn: s.authorEn ?? null,
      publisher: s.publisher ?? null,
      date: s.date ?? null,
      url: s.url ?? null,
      licence: s.licence ?? null,
      language: s.language,
      kind: s.kind,
      format: s.format,
      summaryZh: s.summaryZh ?? null,
      summaryEn: s.summaryEn ?? null,
      length: s.text.length,
      hasOriginal: stored.has(`${s.key}@${versionOf(s)}`),
      addedAt: stored.get(`${s.key}@${versionOf(s)}`) ?? null,
    })),
  }));
}

const fileName = (key: string, version: number, input: NewSourceText) =>
  input.original?.filename ??
  `${key}-v${version}.${input.format === "html" ? "html" : input.format === "markdown" ? "md" : "txt"}`;

async function storeOriginal(
  tx: Tx,
  key: string,
  version: number,
  input: NewSourceText,
  user: CurrentUser,
) {
  if (!input.original) return;
  await tx.sourceFile.create({
    data: {
      key,
      version,
      filename: input.original.filename,
      mediaType: input.original.mediaType,
      bytes: Buffer.from(input.original.bytes),
      createdBy: user.id,
    },
  });
}

const unique = (data: Dataset, wanted: string) => {
  if (!findSource(data, wanted)) return wanted;
  for (let n = 2; ; n++) if (!findSource(data, `${wanted}-${n}`)) return `${wanted}-${n}`;
};

export async function addSource(user: CurrentUser, meta: SourceMeta, input: NewSourceText) {
  let key = "";
  const version = await commitVersion({
    kind: "source",
    summary: meta.titleEn,
    createdById: user.id,
    next: (current) => {
      if (meta.key && findSource(current, meta.key))
        throw conflict("source.keyTaken", { key: meta.key });
      key = meta.key ?? unique(current, keyFromTitle(meta.titleEn));
      const fields: Omit<SourceMeta, "key"> & { key?: string } = { ...meta };
      delete fields.key;
      const source: DatasetSource = {
        key,
        file: fileName(key, 1, input),
        ...fields,
        format: input.format,
        text: input.text,
      };
      return { ...current, sources: [...current.sources, source] };
    },
    then: async (tx, number) => {
      await storeOriginal(tx, key, 1, input, user);
      await recordAudit(
        { action: "source-added", actorId: user.id, detail: { key, version: 1, dataset: number } },
        tx,
      );
    },
  });
  return { key, version: 1, datasetVersion: version };
}

export interface ReanchoredCitation {
  factKey: string;
  quote: string;
  status: ReanchorStatus;
  start?: number;
  end?: number;
}

export async function addSourceVersion(
  user: CurrentUser,
  key: string,
  meta: Partial<Omit<SourceMeta, "key">>,
  input: NewSourceText,
  lang: Lang,
) {
  let previous: DatasetSource | undefined;
  let number = 0;
  await commitVersion({
    kind: "source",
    summary: `${key} v+1`,
    createdById: user.id,
    next: (current) => {
      previous = findSource(current, key);
      if (!previous) throw notFound("unknownSource", { key });
      number = versionOf(previous) + 1;
      const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
      const source: DatasetSource = {
        ...previous,
        ...defined,
        version: number,
        replaces: versionOf(previous),
        file: fileName(key, number, input),
        format: input.format,
        text: input.text,
      };
      return { ...current, sources: [...current.sources, source] };
    },
    then: async (tx, datasetNumber) => {
      await storeOriginal(tx, key, number, input, user);
      await recordAudit(
        {
          action: "source-version-added",
          actorId: user.id,
          detail: { key, version: number, dataset: datasetNumber },
        },
        tx,
      );
    },
  });
  const report = await proposeReanchoring(user, previous!, number, input.text, lang);
  return { key, version: number, reanchor: report };
}

/** Re-anchors the citations of the old version in the new text, and proposes the result for review. */
async function proposeReanchoring(
  user: CurrentUser,
  old: DatasetSource,
  version: number,
  text: string,
  lang: Lang,
) {
  const data = await getDatasetSnapshot();
  const places = [...eachCitation(data)].filter(
    ({ citation: c }) =>
      c.kind === "source" && c.source === old.key && (c.version ?? 1) === versionOf(old),
  );
  const results = reanchorAll(
    old.text,
    text,
    places.map(({ citation }) => citation as Extract<Citation, { kind: "source" }>),
  );
  const citations: ReanchoredCitation[] = places.map((place, i) => ({
    factKey: factAtPath(data, formatPath(place.path)) ?? "",
    quote: results[i].quote,
    status: results[i].status,
    start: results[i].start,
    end: results[i].end,
  }));
  // One update per fact: its citations with the found ones pointing into the new version.
  const next = structuredClone(data);
  places.forEach((place, i) => {
    const r = results[i];
    if (r.status === "orphaned") return;
    let target: unknown = next;
    for (const part of place.path) target = (target as Record<string | number, unknown>)[part];
    Object.assign(target as Citation, { version, start: r.start, end: r.end });
  });
  const changes: Change[] = [];
  for (const d of diffDatasetFacts(data, next))
    changes.push({ op: "update", entity: d.entity, key: d.key, fields: d.fields });
  const counts = {
    anchored: citations.filter((c) => c.status === "anchored").length,
    moved: citations.filter((c) => c.status === "moved").length,
    orphaned: citations.filter((c) => c.status === "orphaned").length,
  };
  const report = { source: old.key, from: versionOf(old), to: version, ...counts, citations };
  if (changes.length === 0 && counts.orphaned === 0) return { ...report, changeRequestId: null };
  const title = translateKey(lang, "curation.titles.reanchor", {
    source: lang === "zh" ? old.titleZh : old.titleEn,
    version,
  });
  const row = await createChangeRequest(
    user,
    {
      title,
      description: "",
      changes,
      reanchor: report,
    },
    lang,
  );
  return { ...report, changeRequestId: row.id };
}

export function findSourceFile(key: string, version: number) {
  return getDb().sourceFile.findUnique({ where: { key_version: { key, version } } });
}
