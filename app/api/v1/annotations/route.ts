import { NextResponse } from "next/server";
import { annotationFilter, annotationListParams, nextCursor } from "@/lib/api/annotation-params";
import { missingTargets, type AnnotationTarget } from "@/lib/annotations/targets";
import { readJson } from "@/lib/api/body";
import { annotationCollectionResponse, annotationCsvResponse } from "@/lib/api/annotation-exports";
import { apiRoute } from "@/lib/api/route";
import { withHeavyResponse, withHeavySlot } from "@/lib/limits/heavy";
import { badRequest, forbidden, notFound } from "@/lib/errors/app-error";
import { canAnnotate, canExport, canRead, canSeeAnnotation } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/permissions";
import { listAnnotations } from "@/lib/queries/annotation-lists";
import { createAnnotation, findAnnotation } from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { mailAfterSave, mentionAnswer } from "@/lib/notifications/after-save";
import { newAnnotationSchema, type NewAnnotation } from "@/lib/schemas/annotations";

export const dynamic = "force-dynamic";

// GET /api/v1/annotations?target=&view=&kind=&author=&tag=&status=&updated-since=&q=&limit=&after=&page=&format=json|jsonld|csv
export const GET = apiRoute(
  { permission: canRead, searchParams: annotationListParams },
  async (request, { url, user, searchParams, lang }) => {
    if ((searchParams.format === "jsonld" || searchParams.format === "csv") && !canExport(user))
      throw forbidden();
    // Exports (up to 5,000 at once, streamed) and text search are heavy: bounded per user and per instance.
    if (searchParams.format === "jsonld")
      return withHeavyResponse("export", user.id, () =>
        annotationCollectionResponse(request, url, user, searchParams, lang),
      );
    if (searchParams.format === "csv")
      return withHeavyResponse("export", user.id, () =>
        annotationCsvResponse(url, user, searchParams),
      );
    const read = async () => listAnnotations(user, await annotationFilter(searchParams, user));
    const { annotations, more } = searchParams.q
      ? await withHeavySlot("search", user.id, read)
      : await read();
    const next = more ? nextCursor(annotations[annotations.length - 1]) : null;
    return NextResponse.json(
      { annotations, next },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
);

/** Saves, answers with who was notified, and mails them after the answer. */
async function create(request: Request, user: CurrentUser, input: NewAnnotation) {
  const { annotation, notices } = await createAnnotation(user, input);
  void mailAfterSave(request, annotation, notices.deliveries);
  return NextResponse.json({ annotation, ...mentionAnswer(notices) }, { status: 201 });
}

// POST /api/v1/annotations  { target (one or an array), body, tags?, visibility?, parentId?, mentions? }
export const POST = apiRoute({ permission: canAnnotate }, async (request, { user }) => {
  const input = await readJson(request, newAnnotationSchema);
  if (input.parentId) {
    const parent = await findAnnotation(user, input.parentId);
    if (!parent || parent.deletedAt || !canSeeAnnotation(user, parent))
      throw notFound("noReplyParent");
    if (parent.visibility !== "team") throw badRequest("replyToDraft");
    if (parent.parentId) throw badRequest("replyToReply");
    // A reply belongs to its thread: it takes the thread's targets, even one orphaned by a changed source.
    const reply = {
      ...input,
      target: parent.targets.map((t) => t.target as AnnotationTarget),
      visibility: "team" as const,
    };
    return create(request, user, reply);
  }
  const missing = missingTargets(input.target, await getDatasetSnapshot());
  if (missing) throw missing;
  return create(request, user, input);
});
