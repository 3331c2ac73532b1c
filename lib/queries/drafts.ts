import "server-only";
import { translateKey } from "@/lib/i18n/translator";
import type { Change } from "@/lib/curation/changes";
import { factKeyOf, findFact, type Entity, type FactKeyFields } from "@/lib/curation/facts";
import type { Citation } from "@/lib/dataset/schema";
import { getDb } from "@/lib/db/client";
import { badRequest, conflict } from "@/lib/errors/app-error";
import type { Lang } from "@/lib/i18n/lang";
import type { CurrentUser } from "@/lib/permissions";
import { recordAudit } from "./audit";
import { createChangeRequest, updateChangeRequest } from "./change-requests";
import { getDatasetSnapshot } from "./snapshot";

// Each proposer has at most one draft change request, which the edit forms and "Cite this" fill
// change by change until its author opens it for review.

const changesOf = (row: { changes: unknown }) => row.changes as Change[];

export function findDraft(user: CurrentUser) {
  return getDb().changeRequest.findFirst({
    where: { authorId: user.id, status: "draft" },
    orderBy: { createdAt: "desc" },
  });
}

/** Puts a change in the user's draft (made if there is none); a change to the same fact replaces the earlier one. */
export async function addToDraft(user: CurrentUser, change: Change, lang: Lang) {
  const draft = await findDraft(user);
  const key = factKeyOf(change.entity, change.key);
  if (!draft) {
    const title = translateKey(lang, "curation.titles.draft");
    const row = await createChangeRequest(
      user,
      { title, description: "", changes: [change], draft: true },
      lang,
    );
    return { id: row.id, changes: [change] };
  }
  const changes = [...changesOf(draft).filter((c) => factKeyOf(c.entity, c.key) !== key), change];
  await updateChangeRequest(user, draft.id, { changes }, lang);
  return { id: draft.id, changes };
}

export async function removeFromDraft(user: CurrentUser, factKey: string, lang: Lang) {
  const draft = await findDraft(user);
  if (!draft) return null;
  const changes = changesOf(draft).filter((c) => factKeyOf(c.entity, c.key) !== factKey);
  if (changes.length === 0) {
    await getDb().$transaction(async (tx) => {
      await tx.changeRequest.delete({ where: { id: draft.id } });
      await recordAudit({ action: "draft-discarded", actorId: user.id, subjectId: draft.id }, tx);
    });
    return null;
  }
  await updateChangeRequest(user, draft.id, { changes }, lang);
  return { id: draft.id, changes };
}

/**
 * "Cite this": adds a citation to a fact (an actor's role when `role` names its dimension),
 * starting from the fact as the draft already changes it, or as published.
 */
/** Two citations of the same characters of the same source version. */
function sameSpan(a: Citation, b: Citation): boolean {
  return (
    a.kind === "source" &&
    b.kind === "source" &&
    a.source === b.source &&
    (a.version ?? 1) === (b.version ?? 1) &&
    a.start === b.start &&
    a.end === b.end
  );
}

export async function citeInDraft(
  user: CurrentUser,
  cite: { entity: Entity; key: FactKeyFields; citation: Citation; role?: string },
  lang: Lang,
) {
  const draft = await findDraft(user);
  const key = factKeyOf(cite.entity, cite.key);
  const pending = draft
    ? changesOf(draft).find((c) => factKeyOf(c.entity, c.key) === key && c.op !== "retire")
    : undefined;
  const published = findFact(await getDatasetSnapshot(), cite.entity, cite.key)?.value;
  const fact = { ...(published ?? {}), ...(pending?.fields ?? {}) } as Record<string, unknown>;
  if (!published && !pending) throw badRequest("draft.noSuchFact", { fact: key });
  const add = (list: unknown) => {
    const citations = (list as Citation[] | undefined) ?? [];
    if (citations.some((c) => sameSpan(c, cite.citation)))
      throw conflict("draft.alreadyCited", { fact: key });
    return [...citations, cite.citation];
  };
  let fields: Record<string, unknown>;
  if (cite.entity === "actor") {
    const roles = (fact.roles as { dimension: string; citations: Citation[] }[] | undefined) ?? [];
    if (!roles.some((r) => r.dimension === cite.role))
      throw badRequest("draft.noSuchRole", { role: cite.role ?? "" });
    fields = {
      ...(pending?.fields ?? {}),
      roles: roles.map((r) =>
        r.dimension === cite.role ? { ...r, citations: add(r.citations) } : r,
      ),
    };
  } else fields = { ...(pending?.fields ?? {}), citations: add(fact.citations) };
  return addToDraft(
    user,
    { op: pending?.op ?? "update", entity: cite.entity, key: cite.key, fields },
    lang,
  );
}
