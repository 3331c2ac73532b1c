import { NextResponse } from "next/server";
import { z } from "zod";
import { w3cAnnotationDocument } from "@/lib/annotations/w3c/annotation";
import { readJson } from "@/lib/api/body";
import { ANNOTATION_HEADERS, jsonLdResponse, prefersJsonLd } from "@/lib/api/json-ld";
import { publicOrigin } from "@/lib/api/public-origin";
import { apiRoute } from "@/lib/api/route";
import { badRequest, conflict, forbidden, notFound } from "@/lib/errors/app-error";
import type { CurrentUser } from "@/lib/permissions";
import {
  canAnnotate,
  canChangeAnnotation,
  canRead,
  canResolveAnnotation,
  canRestoreAnnotation,
} from "@/lib/permissions";
import { toView } from "@/lib/queries/annotation-rows";
import {
  findAnnotation,
  listRevisions,
  setDeleted,
  updateAnnotation,
} from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { mailAfterSave, mentionAnswer } from "@/lib/notifications/after-save";
import { annotationPatchSchema } from "@/lib/schemas/annotations";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The annotation, or a 404 that does not tell a private draft from nothing. */
async function visible(user: CurrentUser, id: string) {
  const row = z.uuid().safeParse(id).success ? await findAnnotation(user, id) : null;
  if (!row) throw notFound("noSuchAnnotation");
  return row;
}

// GET /api/v1/annotations/{id}: with its edit history; with Accept: application/ld+json, the W3C
// Web Annotation that the export's IRI names (a deleted one is gone).
export const GET = apiRoute<Params>({ permission: canRead }, async (request, { params, user }) => {
  const row = await visible(user, params.id);
  if (prefersJsonLd(request)) {
    if (row.deletedAt) throw notFound("noSuchAnnotation");
    const site = { base: publicOrigin(request), data: await getDatasetSnapshot() };
    return jsonLdResponse(w3cAnnotationDocument(toView(row), site), ANNOTATION_HEADERS);
  }
  return NextResponse.json(
    { annotation: toView(row), revisions: await listRevisions(row.id) },
    { headers: { "Cache-Control": "private, no-store", Vary: "Accept" } },
  );
});

// PATCH /api/v1/annotations/{id}  { baseVersion, body?, tags?, status?, visibility?, mentions? }   { restore: true } (admins)
export const PATCH = apiRoute<Params>(
  { permission: canAnnotate },
  async (request, { params, user }) => {
    const row = await visible(user, params.id);
    if (row.deletedAt) {
      const { restore } = await readJson(request, z.strictObject({ restore: z.literal(true) }));
      if (!restore || !canRestoreAnnotation(user)) throw forbidden();
      return NextResponse.json({ annotation: await setDeleted(user, row.id, false) });
    }
    const patch = await readJson(request, annotationPatchSchema);
    // Only a status change: any analyst may resolve or reopen a shared thread; the rest is the author's.
    const onlyStatus = Object.keys(patch).every((k) => k === "baseVersion" || k === "status");
    const allowed = onlyStatus ? canResolveAnnotation(user, row) : canChangeAnnotation(user, row);
    if (!allowed) throw forbidden("notYourAnnotation");
    // Shared is for good: others may have read it and replied. A draft can be shared, not the reverse.
    if (patch.visibility === "private" && row.visibility === "team") {
      throw badRequest("sharedStaysShared");
    }
    const result = await updateAnnotation(user, row, patch);
    if ("conflict" in result) {
      throw conflict("editConflict", {}, { current: result.conflict });
    }
    void mailAfterSave(request, result.annotation, result.notices.deliveries);
    return NextResponse.json({ annotation: result.annotation, ...mentionAnswer(result.notices) });
  },
);

// DELETE /api/v1/annotations/{id}: soft; an admin can restore it.
export const DELETE = apiRoute<Params>(
  { permission: canAnnotate },
  async (_request, { params, user }) => {
    const row = await visible(user, params.id);
    if (!canChangeAnnotation(user, row)) throw forbidden("notYourAnnotation");
    if (row.deletedAt) return NextResponse.json({ annotation: toView(row) });
    return NextResponse.json({ annotation: await setDeleted(user, row.id, true) });
  },
);
